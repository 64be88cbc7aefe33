namespace EclipseConformance.Engine.Rules;

/// <summary>
/// The policy-read API for every feature: <c>var p = policies.Current;</c> then read what the decision needs
/// (<c>p.WithdrawalLimit.Amount</c>, <c>p.Lookup.MatchRule</c>, <c>p.CallbackRetry.DelayBeforeRetry(n)</c>, ...).
/// One volatile read, no locks, no allocation; take it once per decision so one request sees one rule set.
/// </summary>
public interface IPolicies
{
    PolicySnapshot Current { get; }
}
