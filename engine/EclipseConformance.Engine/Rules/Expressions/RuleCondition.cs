namespace EclipseConformance.Engine.Rules;

/// <summary>
/// A rule's condition as written: an expression string, or <c>{all: [...]}</c>, <c>{any: [...]}</c>, <c>{not: ...}</c>.
/// <see cref="Pointer"/> is where it sits in its file (for error messages).
/// </summary>
public sealed record RuleCondition(ConditionKind Kind, string? Expression, IReadOnlyList<RuleCondition> Children, string Pointer)
{
    public static RuleCondition Of(string expression, string pointer = "") => new(ConditionKind.Expression, expression, [], pointer);

    /// <summary>How the condition reads, e.g. <c>all(amount &gt; 100, not(isGlobalAdmin))</c>.</summary>
    public override string ToString() => Kind switch
    {
        ConditionKind.Expression => Expression!,
        ConditionKind.Not => $"not({Children[0]})",
        _ => $"{Kind.ToString().ToLowerInvariant()}({string.Join(", ", Children)})",
    };
}
