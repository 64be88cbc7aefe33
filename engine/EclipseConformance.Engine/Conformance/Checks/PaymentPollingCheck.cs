using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Conformance;

/// <summary><c>paymentPolling</c>: GETs of one payment closer together than the interval, or past the cap while it was not yet final.</summary>
public sealed class PaymentPollingCheck : IConformanceCheck
{
    public string Rule => ConformanceRuleIds.PaymentPolling;

    public string Title => "Poll GET /payments/{id} no faster than every 5 s and for no longer than 2 minutes";

    public ConformanceSource Source { get; } = new(
        "S-VAS (VAS Use Cases, spec/003)",
        "Retrieving the token / voucher (GET polling) — Recommended polling pattern; Asynchronous Callbacks — Polling alternative",
        "Begin polling 5 seconds after the POST returns. Poll at 5-second intervals. Cap total polling duration at 2 minutes (24 attempts). "
        + "Stop polling as soon as extraInfo is present on the response or status transitions to FAILED / ERROR.");

    public bool Enabled(ConformancePolicy policy) => policy.PaymentPolling.Enabled;

    public IEnumerable<ConformanceFinding> Evaluate(ConformanceInput input, ConformancePolicy policy)
    {
        var rule = policy.PaymentPolling;
        var minGap = (long)rule.MinInterval.TotalMilliseconds;
        var cap = (long)rule.MaxDuration.TotalMilliseconds;
        var posts = new Dictionary<(long?, long), ObservedCall>();
        var polls = new Dictionary<(string?, long?, long), List<ObservedCall>>();
        foreach (var call in input.Calls)
        {
            if (call.Kind == CallKind.PaymentCreate && call.Succeeded && BodyFields.Long(call.Entry.ResponseBody, "paymentId") is { } created)
            {
                posts[(call.TenantId, created)] = call;
            }
            else if (call.Kind == CallKind.PaymentGet && call.ResourceId is { } id)
            {
                var key = (call.Entry.Caller, call.TenantId, id);
                if (!polls.TryGetValue(key, out var list))
                {
                    polls[key] = list = [];
                }

                list.Add(call);
            }
        }

        foreach (var ((caller, tenant, paymentId), gets) in polls)
        {
            var post = posts.GetValueOrDefault((tenant, paymentId));
            var origin = post?.AtMs ?? gets[0].AtMs;
            var final = post is not null && PaymentStatuses.IsFinal(post.Entry.ResponseBody);
            long? previous = post?.AtMs;
            var fast = new List<long>();
            var late = new List<long>();
            var shortest = long.MaxValue;
            foreach (var get in gets)
            {
                if (previous is { } p && get.AtMs - p < minGap)
                {
                    fast.Add(get.Id);
                    shortest = Math.Min(shortest, get.AtMs - p);
                }

                if (!final && get.AtMs - origin > cap)
                {
                    late.Add(get.Id);
                }

                previous = get.AtMs;
                final |= get.Succeeded && PaymentStatuses.IsFinal(get.Entry.ResponseBody);
            }

            var subject = $"payment {paymentId}";
            IEnumerable<long> start = post is null ? [] : [post.Id];
            if (fast.Count > 0)
            {
                yield return new ConformanceFinding(Rule, tenant, caller, subject,
                    $"{fast.Count} GET(s) came less than {Durations.Format(rule.MinInterval)} after the previous call for this payment (shortest gap {PaymentStatuses.Seconds(shortest)}): {PaymentStatuses.Ids(fast)}",
                    Timestamps.ToWire(gets[^1].AtMs), [.. start, .. fast]);
            }

            if (late.Count > 0)
            {
                yield return new ConformanceFinding(Rule, tenant, caller, subject,
                    $"{late.Count} GET(s) came more than {Durations.Format(rule.MaxDuration)} after polling began while the payment was not yet final (no extraInfo, no failure): {PaymentStatuses.Ids(late)}; stop and raise a support ticket with the tracingContext instead",
                    Timestamps.ToWire(gets[^1].AtMs), [.. start, .. late]);
            }
        }
    }
}
