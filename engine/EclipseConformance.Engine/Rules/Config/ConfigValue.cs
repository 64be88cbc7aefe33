namespace EclipseConformance.Engine.Rules;

/// <summary>A resolved config value: the key that matched, its value, and where (tenant id, or 0 for global).</summary>
public sealed record ConfigValue(string Key, string Value, long TenantId)
{
    public bool IsGlobal => TenantId == 0;
}
