namespace EclipseConformance.Engine.Rules;

/// <summary>
/// A tenant config item as the config-items API shows it. <see cref="Source"/> (a simulator extension) says which
/// layer the value comes from: <c>runtime</c> (set through the API) or <c>rules</c> (a rule file).
/// </summary>
public sealed record ConfigItem(string Key, string? Value, string? Source = null)
{
    public const string RuntimeSource = "runtime";
    public const string RulesSource = "rules";
}
