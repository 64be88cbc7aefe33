namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// A callback with its kept attempts (oldest first), as the control plane shows it. <c>AttemptCount</c> counts every
/// attempt ever made; only the last <c>MaxAttemptsKept</c> are listed.
/// </summary>
public sealed record CallbackView(
    long CallbackId,
    long TenantId,
    string Kind,
    string Reference,
    string Url,
    string Status,
    long AttemptCount,
    long Failures,
    string CreatedAt,
    string? NextAttemptAt,
    long? NextAttemptMs,
    string? DeliveredAt,
    long? LastResponseStatus,
    string? LastError,
    string? ClaimedBy,
    string Body,
    IReadOnlyList<CallbackAttemptView> Attempts);
