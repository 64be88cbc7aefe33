using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Conformance;

/// <summary><c>repeatedLookup</c>: the same caller finding the same wallet through the global lookup again and again.</summary>
public sealed class RepeatedLookupCheck : IConformanceCheck
{
    public string Rule => ConformanceRuleIds.RepeatedLookup;

    public string Title => "Store the walletId instead of searching the global lookup on every run";

    public ConformanceSource Source { get; } = new(
        "S-GI (Global integrator use cases, spec/000); fact sheet 3.2",
        "Customer/Wallet Lookup; fact sheet 3.2 Global wallet lookup — Matching and privacy rules",
        "The endpoint is rate-limited to stop bulk searching. Callers should store the walletId rather than search on every payroll run.");

    public bool Enabled(ConformancePolicy policy) => policy.RepeatedLookup.Enabled;

    public IEnumerable<ConformanceFinding> Evaluate(ConformanceInput input, ConformancePolicy policy)
    {
        var rule = policy.RepeatedLookup;
        var window = (long)rule.Window.TotalMilliseconds;
        var found = new Dictionary<(string?, long), List<ObservedCall>>();
        foreach (var call in input.Calls.Where(c => c.Kind == CallKind.Lookup && c.Succeeded))
        {
            foreach (var wallet in BodyFields.WalletIds(call.Entry.ResponseBody).Distinct())
            {
                var key = (call.Entry.Caller, wallet);
                if (!found.TryGetValue(key, out var list))
                {
                    found[key] = list = [];
                }

                list.Add(call);
            }
        }

        foreach (var ((caller, wallet), searches) in found)
        {
            var offending = new List<long>();
            for (var i = 0; i < searches.Count; i++)
            {
                var inWindow = searches.Take(i + 1).Count(s => searches[i].AtMs - s.AtMs <= window);
                if (inWindow > rule.AllowedSearches)
                {
                    offending.Add(searches[i].Id);
                }
            }

            if (offending.Count > 0)
            {
                yield return new ConformanceFinding(Rule, searches[0].Entry.TenantId, caller, $"wallet {wallet}",
                    $"the global lookup found this wallet {searches.Count} times (more than {rule.AllowedSearches} within {Durations.Format(rule.Window)}); store the walletId after the first search. Searches: {PaymentStatuses.Ids(searches.Select(s => s.Id))}",
                    Timestamps.ToWire(searches[^1].AtMs), [searches[0].Id, .. offending]);
            }
        }
    }
}
