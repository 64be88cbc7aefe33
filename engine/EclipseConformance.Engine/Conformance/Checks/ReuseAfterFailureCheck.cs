using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Conformance;

/// <summary><c>reuseAfterFailure</c>: a payment or withdrawal POST with an externalUniqueId the channel had already seen fail.</summary>
public sealed class ReuseAfterFailureCheck : IConformanceCheck
{
    public string Rule => ConformanceRuleIds.ReuseAfterFailure;

    public string Title => "Retry a failed payment or withdrawal with a new externalUniqueId";

    public ConformanceSource Source { get; } = new(
        "S-VAS (VAS Use Cases, spec/003); fact sheet 5.4",
        "Transaction Status Codes — FAILED / ERROR (ERROR_PERM / ERROR_TEMP)",
        "The transaction did not complete. Funds have been reversed on the source wallet. Inspect errorDescription and the application error envelope "
        + "(code, traceId). Surface a user-facing error and allow retry with a new externalUniqueId.");

    public bool Enabled(ConformancePolicy policy) => policy.ReuseAfterFailure.Enabled;

    public IEnumerable<ConformanceFinding> Evaluate(ConformanceInput input, ConformancePolicy policy)
    {
        var failures = policy.ReuseAfterFailure.FailureStatuses;
        foreach (var repost in input.Timeline.Reposts.Where(r => r.LastStatus is { } s && failures.Contains(s, StringComparer.Ordinal)))
        {
            var key = BodyFields.String(repost.Call.Entry.RequestBody, "externalUniqueId");
            var what = repost.Call.Kind == CallKind.PaymentCreate ? "payment" : "withdrawal";
            yield return new ConformanceFinding(Rule, repost.Call.TenantId, repost.Call.Entry.Caller, $"{what} externalUniqueId {key}",
                $"the externalUniqueId was used again (#{repost.Call.Id}) after answer #{repost.StatusCall!.Id} showed {repost.LastStatus}; a retry needs a new externalUniqueId",
                Timestamps.ToWire(repost.Call.AtMs), RetryAfterPendingCheck.Evidence(repost));
        }
    }
}
