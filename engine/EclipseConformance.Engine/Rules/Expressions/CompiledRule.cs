namespace EclipseConformance.Engine.Rules;

/// <summary>A decision rule with its condition compiled for the decision point's facts type.</summary>
public sealed record CompiledRule<TFacts>(DecisionRule Rule, ConditionNode<TFacts> When)
    where TFacts : IRuleFacts;
