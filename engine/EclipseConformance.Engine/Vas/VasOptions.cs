using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Vas;

/// <summary>Limits and timings of the VAS feature (section <c>Vas</c>). Every time is on the engine's clock.</summary>
public sealed class VasOptions
{
    public const string Section = "Vas";

    /// <summary>How long one provider call may take before its outcome counts as unknown.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ProviderTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Pause between transaction checks (and two-step checks) while the outcome stays unknown.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Transaction checks before giving up (then the payment fails as temporary and is reversed): 12 × 10 s ≈ the documented 2-minute polling window.</summary>
    [Range(1, 1000)]
    public int MaxChecks { get; set; } = 12;

    /// <summary>Attempts of a pre-vend whose answer is lost (it changes nothing upstream, so it is simply repeated).</summary>
    [Range(1, 20)]
    public int MaxPrevendAttempts { get; set; } = 3;

    /// <summary>How often one state's work may be started (restarts after crashes included) before its outcome counts as unknown.</summary>
    [Range(1, 20)]
    public int MaxStepAttempts { get; set; } = 3;

    /// <summary>Pause between status polls of a PENDING payment.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PendingPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Status polls of a PENDING payment before it fails as temporary (and the hold is released).</summary>
    [Range(1, 100_000)]
    public int MaxPendingPolls { get; set; } = 720;

    /// <summary>Payments the work processor drives at the same time.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Longest park of the work processor (it also finds work other instances queued).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Added to the provider timeout to form a work lease; an expired lease lets another run take the payment.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseMargin { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a provider's catalog answer is reused (0: ask every time).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CatalogCacheTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest provider response read.</summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>Most additionalFields entries a payment may carry.</summary>
    [Range(1, 200)]
    public int MaxAdditionalFields { get; set; } = 20;

    /// <summary>The FrontierWeb SOAP client (partner 20).</summary>
    public FrontierWebOptions FrontierWeb { get; set; } = new();

    /// <summary>The lease a run holds on a payment while it calls the provider.</summary>
    public TimeSpan Lease => ProviderTimeout + LeaseMargin;
}
