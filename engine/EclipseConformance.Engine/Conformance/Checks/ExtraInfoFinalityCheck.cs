using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// <c>successfulWithoutExtraInfo</c>: a payment answered SUCCESSFUL without extraInfo, no callbackUrl given, the
/// extraInfo ready in the store within the polling window, and no answer the channel received ever carried it.
/// </summary>
public sealed class ExtraInfoFinalityCheck : IConformanceCheck
{
    public string Rule => ConformanceRuleIds.SuccessfulWithoutExtraInfo;

    public string Title => "Do not treat SUCCESSFUL without extraInfo as final";

    public ConformanceSource Source { get; } = new(
        "S-VAS (VAS Use Cases, spec/003); fact sheet 5.4",
        "Retrieving the token / voucher (GET polling) — Recommended polling pattern",
        "Note that the status field will return SUCCESSFUL on the POST and throughout the polling window even before the provider has confirmed — "
        + "do not treat status: SUCCESSFUL alone as a signal that the token has been issued. The presence of a populated extraInfo field is the authoritative signal.");

    public bool Enabled(ConformancePolicy policy) => policy.SuccessfulWithoutExtraInfo.Enabled;

    public IEnumerable<ConformanceFinding> Evaluate(ConformanceInput input, ConformancePolicy policy)
    {
        var decideAfter = (long)policy.SuccessfulWithoutExtraInfo.DecideAfter.TotalMilliseconds;
        var gets = input.Calls.Where(c => c.Kind == CallKind.PaymentGet && c.ResourceId is not null).ToLookup(c => (c.TenantId, c.ResourceId!.Value));
        foreach (var post in input.Calls.Where(c => c.Kind == CallKind.PaymentCreate && c.Succeeded))
        {
            var answer = post.Entry.ResponseBody;
            if (BodyFields.String(answer, "status") != PaymentStatuses.Successful || BodyFields.HasValue(answer, "extraInfo")
                || BodyFields.HasValue(post.Entry.RequestBody, "callbackUrl") || input.NowMs - post.AtMs < decideAfter
                || BodyFields.Long(answer, "paymentId") is not { } paymentId
                || !input.Payments.TryGetValue(paymentId, out var stored) || !stored.HasExtraInfo || stored.LastModifiedMs > post.AtMs + decideAfter)
            {
                continue;
            }

            var polls = gets[(post.TenantId, paymentId)].Where(g => g.AtMs >= post.AtMs).ToList();
            // A GET answered after the extraInfo was stored carried it (the journal may keep only the start of a long answer).
            if (polls.Any(g => g.Succeeded && (BodyFields.HasValue(g.Entry.ResponseBody, "extraInfo") || g.AtMs >= stored.LastModifiedMs)))
            {
                continue;
            }

            var ready = PaymentStatuses.Seconds(stored.LastModifiedMs - post.AtMs);
            var message = polls.Count == 0
                ? $"the POST answered SUCCESSFUL without extraInfo and the payment was never fetched again, although its extraInfo was ready {ready} later: the channel took SUCCESSFUL as final"
                : $"the channel stopped polling after {polls.Count} GET(s) that showed SUCCESSFUL without extraInfo, although the extraInfo was ready {ready} after the POST";
            yield return new ConformanceFinding(Rule, post.TenantId, post.Entry.Caller, $"payment {paymentId}", message,
                Timestamps.ToWire(post.AtMs), [post.Id, .. polls.Select(p => p.Id)]);
        }
    }
}
