namespace EclipseConformance.Engine.Rules;

/// <summary>The text of one rule file and where it came from. YAML unless the name ends in <c>.json</c>.</summary>
public sealed record RuleSource(string Name, string Text, RuleLayer Layer)
{
    public bool IsJson => Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
