namespace EclipseConformance.Load.Eclipse.Traffic;

/// <summary>Who a scenario copy logs in as (a tenant's API user, the global integrator), and in which tenant it acts.</summary>
public sealed record EclipseIdentity(string Identity, string Password, long TenantId, string? PrivateKeyPem = null)
{
    public override string ToString() => $"{Identity} (tenant {TenantId})";
}
