namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Global wallet lookup (fact sheet 3.2, issue 4): the match rule (default two criteria) and the result cap
/// (default 100, range 1–1000). Rule file: <c>policies.lookup</c>.
/// </summary>
public sealed record LookupPolicy
{
    public LookupMatchRule MatchRule { get; init; } = LookupMatchRule.TwoCriteria;

    public int ResultCap { get; init; } = 100;
}
