namespace EclipseConformance.Engine.Rules;

/// <summary>The outcome of a (re)load: the rule set now active and, when the new files were refused, why.</summary>
public sealed record RuleReloadResult(bool Accepted, ActiveRuleSet Active, IReadOnlyList<RuleProblem> Problems);
