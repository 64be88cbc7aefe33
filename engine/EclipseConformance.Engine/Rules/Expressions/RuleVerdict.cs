namespace EclipseConformance.Engine.Rules;

/// <summary>What the first matching decision rule says (NoMatch when none matched).</summary>
public enum RuleVerdict
{
    NoMatch,
    Allow,
    Reject,
}
