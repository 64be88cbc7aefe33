using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>Callback delivery limits (section <c>Webhooks</c>). Every queue, wait and stored text is bounded.</summary>
public sealed class WebhooksOptions
{
    public const string Section = "Webhooks";

    /// <summary>Attempts one engine instance runs at the same time.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>
    /// How often the dispatcher looks for due callbacks when nothing woke it (a callback enqueued by another instance,
    /// or by a producer that did not call <see cref="CallbackOutbox.Nudge"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A claim lasts the callback-retry policy's attempt timeout plus this; a crashed instance's claim is taken over after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest callback body a producer may enqueue (UTF-8 bytes).</summary>
    [Range(1_024, 4 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Attempts kept per callback for inspection (older ones are pruned; the total count is kept).</summary>
    [Range(1, 1_000)]
    public int MaxAttemptsKept { get; set; } = 50;

    /// <summary>Characters of a receiver's response body kept with an attempt.</summary>
    [Range(0, 64 * 1024)]
    public int MaxStoredResponseChars { get; set; } = 4_096;

    /// <summary>Largest page of <c>GET /sim/v1/callbacks</c>.</summary>
    [Range(1, 1_000)]
    public int MaxPageSize { get; set; } = 200;

    /// <summary>Replay window of inbound signature checks: |now − t| beyond this is refused (S-VAS: 5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReplayWindow { get; set; } = SignatureVerifier.DefaultTolerance;

    /// <summary>
    /// Key used to sign callbacks of a tenant that has no <c>HMACOutboundSignatureKey</c>. Null (default): such
    /// callbacks are sent unsigned and the attempt says so (ADR 0011).
    /// </summary>
    [MaxLength(1_024)]
    public string? DefaultSigningKey { get; set; }

    /// <summary>The lease a claim takes: the callback-retry policy's attempt timeout plus <see cref="LeaseMargin"/>.</summary>
    public TimeSpan Lease(Rules.CallbackRetryPolicy retry) => retry.AttemptTimeout + LeaseMargin;
}
