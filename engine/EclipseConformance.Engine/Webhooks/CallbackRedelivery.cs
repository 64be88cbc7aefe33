using EclipseConformance.Engine.Primitives;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// <c>POST /sim/v1/callbacks/{id}/redeliver</c>: one immediate attempt, made while the request waits, that starts a new
/// delivery round (a failure is retried from the first step of the schedule; a delivered callback that now fails
/// becomes pending again). Earlier attempts stay in the history. Refused while another attempt holds the lease.
/// </summary>
public sealed class CallbackRedelivery(
    CallbackStore store, CallbackDelivery delivery, CallbackSignal signal, TimeProvider time, IHostApplicationLifetime lifetime,
    IOptionsMonitor<WebhooksOptions> options, CallbackInspection inspection, Rules.IPolicies policies)
{
    public async Task<RedeliveryStatus> RedeliverAsync(long callbackId, CancellationToken cancellationToken)
    {
        var now = time.NowMs();
        var claim = await store.ClaimOneAsync(
            callbackId, now, now + (long)options.CurrentValue.Lease(policies.Current.CallbackRetry).TotalMilliseconds, delivery.InstanceId, delivery.NewClaimToken(), cancellationToken);
        if (claim is null)
        {
            return await inspection.FindAsync(callbackId, cancellationToken) is null ? RedeliveryStatus.NotFound : RedeliveryStatus.InFlight;
        }

        // The attempt belongs to the engine, not to the HTTP request: a client hanging up does not interrupt it.
        await delivery.AttemptAsync(claim with { Failures = 0 }, AttemptTrigger.Redeliver, lifetime.ApplicationStopping);
        signal.Nudge();
        return RedeliveryStatus.Attempted;
    }
}
