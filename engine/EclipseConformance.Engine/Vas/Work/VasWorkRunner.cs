using EclipseConformance.Engine.Primitives;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Drives one claimed payment: runs its state's step, writes the transition, and keeps going while the next step is due
/// at once (pre-vend → vend → check), then lets go of the claim. Used by the processor and by requests that wait for
/// the outcome (SYNC completion, the two-step PUT, the pending submission).
/// </summary>
public sealed partial class VasWorkRunner(
    PaymentStore store, VasFlowDrivers drivers, VasProviderRegistry providers, VasTransitions transitions, IRandomSource random,
    IOptionsMonitor<VasOptions> options, TimeProvider time, ILogger<VasWorkRunner> logger)
{
    /// <summary>Most consecutive steps one run takes (a bound on any loop).</summary>
    public const int MaxStepsPerRun = 16;

    public string NewClaimToken()
    {
        Span<byte> bytes = stackalloc byte[12];
        random.Fill(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    public long LeaseUntil() => time.GetUtcNow().ToUnixTimeMilliseconds() + (long)options.CurrentValue.Lease.TotalMilliseconds;

    /// <summary>Claims a due payment and drives it; null when it was not due or another run holds it.</summary>
    public async Task<Payment?> TryRunAsync(long paymentId, CancellationToken cancellationToken)
    {
        var token = NewClaimToken();
        var claimed = await store.TryClaimAsync(paymentId, token, time.GetUtcNow().ToUnixTimeMilliseconds(), LeaseUntil(), cancellationToken);
        return claimed is null ? null : await DriveAsync(claimed, token, cancellationToken);
    }

    /// <summary>Drives a payment this run has claimed with <paramref name="token"/>; returns it as it was left.</summary>
    public async Task<Payment> DriveAsync(Payment claimed, string token, CancellationToken cancellationToken)
    {
        var payment = claimed;
        try
        {
            for (var steps = 0; steps < MaxStepsPerRun; steps++)
            {
                var provider = providers.ByKey(payment.Provider);
                if (provider is null)
                {
                    LogNoProvider(logger, payment.PaymentId, payment.Provider);
                    return payment;
                }

                var transition = await drivers.For(payment).StepAsync(payment, provider, cancellationToken);
                if (transition is null)
                {
                    return payment;
                }

                var written = await transitions.ApplyAsync(payment, transition, token, options.CurrentValue.Lease, cancellationToken);
                if (written is null)
                {
                    return await store.FindAsync(payment.PaymentId, CancellationToken.None) ?? payment;
                }

                payment = written;
                if (written.ClaimToken != token)
                {
                    return written;
                }

                payment = await store.RenewClaimAsync(written.PaymentId, token, LeaseUntil(), cancellationToken) ?? written;
            }

            return payment;
        }
        finally
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                await store.ReleaseClaimAsync(payment.PaymentId, token, CancellationToken.None);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Payment {PaymentId}: no VAS provider {Provider} is registered; its work waits")]
    private static partial void LogNoProvider(ILogger logger, long paymentId, string provider);
}
