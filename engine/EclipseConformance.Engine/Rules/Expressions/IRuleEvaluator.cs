namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Evaluates the active decision rules for a decision point, e.g.
/// <c>var e = rules.Evaluate(new TransferFacts { Amount = 500m, ... }); if (e.IsRejected) return e.MatchedRule!.Then.ToApiError();</c>
/// Never throws for a failing rule; costs microseconds (see <c>./run.sh bench rules</c>).
/// </summary>
public interface IRuleEvaluator
{
    RuleEvaluation Evaluate<TFacts>(TFacts facts)
        where TFacts : IRuleFacts;
}
