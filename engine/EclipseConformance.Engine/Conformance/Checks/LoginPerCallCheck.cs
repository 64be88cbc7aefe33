using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Conformance;

/// <summary><c>loginPerCall</c>: an identity that logs in again after (almost) every call instead of reusing and renewing its JWT.</summary>
public sealed class LoginPerCallCheck : IConformanceCheck
{
    public string Rule => ConformanceRuleIds.LoginPerCall;

    public string Title => "Reuse the JWT and renew it before it expires instead of logging in on every call";

    public ConformanceSource Source { get; } = new(
        "Fact sheet 2.4 and 2.5 (REF-LOGIN, AIAUTH)",
        "2.4 JWT format and claims — Lifetime; 2.5 Renew",
        "An expired token gets HTTP 401. Docs recommend storing the expiry and renewing before it lapses. "
        + "POST /authentication/renew: get a fresh JWT before expiry without re-sending credentials.");

    public bool Enabled(ConformancePolicy policy) => policy.LoginPerCall.Enabled;

    public IEnumerable<ConformanceFinding> Evaluate(ConformanceInput input, ConformancePolicy policy)
    {
        var rule = policy.LoginPerCall;
        var timelines = new Dictionary<string, List<(ObservedCall Call, bool Login)>>(StringComparer.Ordinal);
        foreach (var call in input.Calls)
        {
            var identity = call.Kind == CallKind.Login ? (call.Succeeded ? BodyFields.String(call.Entry.RequestBody, "identity") : null) : call.Entry.Caller;
            if (identity is null || call.Kind == CallKind.Renew)
            {
                continue;
            }

            if (!timelines.TryGetValue(identity, out var list))
            {
                timelines[identity] = list = [];
            }

            list.Add((call, call.Kind == CallKind.Login));
        }

        foreach (var (identity, events) in timelines)
        {
            var logins = events.Select((e, i) => (e, i)).Where(x => x.e.Login).Select(x => x.i).ToList();
            var run = new List<ObservedCall>();
            for (var n = 0; n + 1 < logins.Count; n++)
            {
                var calls = logins[n + 1] - logins[n] - 1;
                if (calls <= rule.MaxCallsPerLogin)
                {
                    run.Add(events[logins[n]].Call);
                    continue;
                }

                if (Finding(identity, events, run, rule) is { } finding)
                {
                    yield return finding;
                }

                run.Clear();
            }

            if (Finding(identity, events, run, rule) is { } last)
            {
                yield return last;
            }
        }
    }

    private ConformanceFinding? Finding(string identity, List<(ObservedCall Call, bool Login)> events, List<ObservedCall> run, LoginRenewalRule rule)
    {
        if (run.Count < rule.MinOccurrences)
        {
            return null;
        }

        var tenant = events.Select(e => e.Call.Entry.TenantId).FirstOrDefault(t => t is not null);
        return new ConformanceFinding(Rule, tenant, identity, $"identity {identity}",
            $"{run.Count} logins in a row were each followed by at most {rule.MaxCallsPerLogin} call(s) before the next login: keep the JWT until it is about to expire and renew it (POST /authentication/renew)",
            Timestamps.ToWire(run[^1].AtMs), run.Select(c => c.Id).ToList());
    }
}
