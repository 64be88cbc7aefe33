namespace EclipseConformance.Engine.Rules;

/// <summary>A compiled <see cref="RuleCondition"/>: evaluates to a <see cref="RuleResult"/> node (short-circuiting all/any).</summary>
public sealed class ConditionNode<TFacts>
    where TFacts : IRuleFacts
{
    private readonly RuleCondition _condition;
    private readonly CompiledExpression<TFacts>? _expression;
    private readonly ConditionNode<TFacts>[] _children;

    private ConditionNode(RuleCondition condition, CompiledExpression<TFacts>? expression, ConditionNode<TFacts>[] children)
    {
        _condition = condition;
        _expression = expression;
        _children = children;
    }

    /// <summary>Compiles every expression of the tree; refusals are reported with the expression's pointer.</summary>
    public static ConditionNode<TFacts>? Compile(RuleCondition condition, List<(string Pointer, string Message)> problems)
    {
        if (condition.Kind == ConditionKind.Expression)
        {
            var compiled = RuleExpressionCompiler.Compile<TFacts>(condition.Expression ?? "", out var error);
            if (compiled is null)
            {
                problems.Add((condition.Pointer, $"expression refused: {error}"));
                return null;
            }

            return new ConditionNode<TFacts>(condition, compiled, []);
        }

        var children = condition.Children.Select(c => Compile(c, problems)).ToArray();
        return children.Any(c => c is null) ? null : new ConditionNode<TFacts>(condition, null, children!);
    }

    public RuleResult Evaluate(TFacts facts)
    {
        switch (_condition.Kind)
        {
            case ConditionKind.Expression:
                var matched = _expression!.TryEvaluate(facts, out var error);
                var reason = error is not null ? $"'{_expression.Text}' failed: {error}" : $"'{_expression.Text}' is {(matched ? "true" : "false")}";
                return new RuleResult(_expression.Text, matched, reason, error, []);
            case ConditionKind.Not:
                var inner = _children[0].Evaluate(facts);
                return new RuleResult("not", !inner.Matched && inner.Error is null, inner.Error is null ? $"not: {inner.Reason}" : inner.Reason, inner.Error, [inner]);
            default:
                return EvaluateGroup(facts, _condition.Kind == ConditionKind.All);
        }
    }

    private RuleResult EvaluateGroup(TFacts facts, bool all)
    {
        var results = new List<RuleResult>(_children.Length);
        foreach (var child in _children)
        {
            var result = child.Evaluate(facts);
            results.Add(result);
            if (result.Matched != all)
            {
                var decided = all ? $"all: '{result.Name}' did not hold" : $"any: '{result.Name}' held";
                return new RuleResult(all ? "all" : "any", !all, decided, result.Error, results);
            }
        }

        return new RuleResult(all ? "all" : "any", all, all ? "all: every condition held" : "any: no condition held", null, results);
    }
}
