namespace EclipseConformance.Engine.Rules;

/// <summary>A decision rule as loaded: evaluated at <see cref="On"/>; when <see cref="When"/> holds, <see cref="Then"/> applies.</summary>
public sealed record DecisionRule(string Name, DecisionPoint On, RuleCondition When, RuleAction Then, string? Description = null, string? Source = null, bool Enabled = true);
