namespace EclipseConformance.Engine.Rules;

/// <summary>
/// One node of an evaluation's result tree: the rule or condition, whether it matched, why, and its children.
/// <see cref="Error"/> is set when an expression failed at run time (it then counts as not matched).
/// </summary>
public sealed record RuleResult(string Name, bool Matched, string Reason, string? Error, IReadOnlyList<RuleResult> Children);
