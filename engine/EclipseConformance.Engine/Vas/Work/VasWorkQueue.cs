namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Outside nudges for queued payment work: an inbound provider notification (e.g. DTB's Fiorano confirming a PENDING
/// payment) calls <see cref="WakeAsync"/> so the payment's next step (its status query) runs now instead of at its
/// next poll. The step itself still decides the outcome.
/// </summary>
public sealed class VasWorkQueue(PaymentStore store, VasWorkSignal signal, TimeProvider time)
{
    /// <summary>Makes the payment's pending work due now and wakes the processor; false when it has no work queued.</summary>
    public async Task<bool> WakeAsync(long paymentId, CancellationToken cancellationToken)
    {
        var woken = await store.MakeDueAsync(paymentId, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        if (woken)
        {
            signal.Nudge();
        }

        return woken;
    }
}
