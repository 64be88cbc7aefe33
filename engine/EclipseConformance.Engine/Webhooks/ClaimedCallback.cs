namespace EclipseConformance.Engine.Webhooks;

/// <summary>A callback this engine instance holds the lease on (<paramref name="ClaimToken"/>) and may attempt now.</summary>
public sealed record ClaimedCallback(
    long CallbackId, long TenantId, string Kind, string Reference, string Url, string Body, long Failures, string ClaimToken);
