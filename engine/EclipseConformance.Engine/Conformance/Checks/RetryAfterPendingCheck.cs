using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Conformance;

/// <summary><c>retryAfterPending</c>: a payment or withdrawal POST repeated with an externalUniqueId whose last answer was PENDING.</summary>
public sealed class RetryAfterPendingCheck : IConformanceCheck
{
    public string Rule => ConformanceRuleIds.RetryAfterPending;

    public string Title => "Do not retry a POST with the same externalUniqueId after PENDING";

    public ConformanceSource Source { get; } = new(
        "S-VAS (VAS Use Cases, spec/003); fact sheet 5.4",
        "Transaction Status Codes — PENDING",
        "PENDING — Eclipse has accepted the request but the upstream provider has not yet confirmed completion. Wait for callback (if callbackUrl was supplied) "
        + "or poll GET /payments/{paymentId}. Do not retry the POST — externalUniqueId will reject duplicates.");

    public bool Enabled(ConformancePolicy policy) => policy.RetryAfterPending.Enabled;

    public IEnumerable<ConformanceFinding> Evaluate(ConformanceInput input, ConformancePolicy policy)
    {
        var statuses = policy.RetryAfterPending.Statuses;
        foreach (var repost in input.Timeline.Reposts.Where(r => r.LastStatus is { } s && statuses.Contains(s, StringComparer.Ordinal)))
        {
            var key = BodyFields.String(repost.Call.Entry.RequestBody, "externalUniqueId");
            var what = repost.Call.Kind == CallKind.PaymentCreate ? "payment" : "withdrawal";
            yield return new ConformanceFinding(Rule, repost.Call.TenantId, repost.Call.Entry.Caller, $"{what} externalUniqueId {key}",
                $"the {what} POST was sent again (#{repost.Call.Id}) after the answer #{repost.StatusCall!.Id} showed {repost.LastStatus}; wait for the callback or poll the {what} instead",
                Timestamps.ToWire(repost.Call.AtMs), Evidence(repost));
        }
    }

    internal static IReadOnlyList<long> Evidence(ExternalIdTimeline.Repost repost) =>
        new[] { repost.FirstPost.Id, repost.StatusCall?.Id ?? repost.FirstPost.Id, repost.Call.Id }.Distinct().ToList();
}
