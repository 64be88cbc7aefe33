namespace EclipseConformance.Engine.Rules;

/// <summary>
/// The compiled decision rules of one rule set, grouped by decision point, in evaluation order. Immutable; built
/// once per (re)load. Evaluating a point with no rules costs one dictionary read and allocates nothing.
/// </summary>
public sealed class RuleBook
{
    private readonly Dictionary<Type, object> _byFacts;

    private RuleBook(Dictionary<Type, object> byFacts, int count)
    {
        _byFacts = byFacts;
        Count = count;
    }

    public static RuleBook Empty { get; } = new([], 0);

    public int Count { get; }

    /// <summary>Compiles every rule; rules that do not compile are left out and reported (pointer, message).</summary>
    public static RuleBook Build(IReadOnlyList<DecisionRule> rules, List<(DecisionRule Rule, string Pointer, string Message)> problems)
    {
        var byFacts = new Dictionary<Type, object>();
        var count = 0;
        count += Add<LoginFacts>(rules, byFacts, problems);
        count += Add<TransferFacts>(rules, byFacts, problems);
        count += Add<LookupFacts>(rules, byFacts, problems);
        count += Add<WithdrawalFacts>(rules, byFacts, problems);
        count += Add<PaymentFacts>(rules, byFacts, problems);
        return new RuleBook(byFacts, count);
    }

    public RuleEvaluation Evaluate<TFacts>(TFacts facts)
        where TFacts : IRuleFacts
    {
        if (!_byFacts.TryGetValue(typeof(TFacts), out var entry))
        {
            return RuleEvaluation.NoRules(TFacts.DecisionPoint);
        }

        var rules = (CompiledRule<TFacts>[])entry;
        var results = new List<RuleResult>(rules.Length);
        foreach (var rule in rules)
        {
            var when = rule.When.Evaluate(facts);
            results.Add(new RuleResult(rule.Rule.Name, when.Matched, when.Reason, when.Error, [when]));
            if (when.Matched)
            {
                var verdict = rule.Rule.Then.Kind == RuleActionKind.Reject ? RuleVerdict.Reject : RuleVerdict.Allow;
                return new RuleEvaluation(TFacts.DecisionPoint, verdict, rule.Rule, results);
            }
        }

        return new RuleEvaluation(TFacts.DecisionPoint, RuleVerdict.NoMatch, null, results);
    }

    private static int Add<TFacts>(IReadOnlyList<DecisionRule> rules, Dictionary<Type, object> byFacts, List<(DecisionRule, string, string)> problems)
        where TFacts : IRuleFacts
    {
        var compiled = new List<CompiledRule<TFacts>>();
        foreach (var rule in rules.Where(r => r.Enabled && r.On == TFacts.DecisionPoint))
        {
            var errors = new List<(string Pointer, string Message)>();
            if (ConditionNode<TFacts>.Compile(rule.When, errors) is { } node)
            {
                compiled.Add(new CompiledRule<TFacts>(rule, node));
            }

            problems.AddRange(errors.Select(e => (rule, e.Pointer, e.Message)));
        }

        if (compiled.Count > 0)
        {
            byFacts[typeof(TFacts)] = compiled.ToArray();
        }

        return compiled.Count;
    }
}
