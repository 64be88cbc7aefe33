namespace EclipseConformance.Engine.Rules;

/// <summary>
/// The outcome of evaluating a decision point's rules: the verdict of the first matching rule (rules are tried in
/// order), that rule, and the result tree of every rule tried. Never thrown; failing expressions are in the tree.
/// </summary>
public sealed record RuleEvaluation(DecisionPoint Point, RuleVerdict Verdict, DecisionRule? MatchedRule, IReadOnlyList<RuleResult> Results)
{
    public bool IsRejected => Verdict == RuleVerdict.Reject;

    public static RuleEvaluation NoRules(DecisionPoint point) => point switch
    {
        DecisionPoint.Login => EmptyLogin,
        DecisionPoint.Transfer => EmptyTransfer,
        DecisionPoint.Lookup => EmptyLookup,
        DecisionPoint.Withdrawal => EmptyWithdrawal,
        _ => EmptyPayment,
    };

    private static readonly RuleEvaluation EmptyLogin = new(DecisionPoint.Login, RuleVerdict.NoMatch, null, []);
    private static readonly RuleEvaluation EmptyTransfer = new(DecisionPoint.Transfer, RuleVerdict.NoMatch, null, []);
    private static readonly RuleEvaluation EmptyLookup = new(DecisionPoint.Lookup, RuleVerdict.NoMatch, null, []);
    private static readonly RuleEvaluation EmptyWithdrawal = new(DecisionPoint.Withdrawal, RuleVerdict.NoMatch, null, []);
    private static readonly RuleEvaluation EmptyPayment = new(DecisionPoint.Payment, RuleVerdict.NoMatch, null, []);
}
