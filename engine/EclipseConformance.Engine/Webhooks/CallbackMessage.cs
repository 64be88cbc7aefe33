namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// One callback to deliver: <paramref name="Body"/> is the exact JSON string POSTed to <paramref name="Url"/> (and the
/// string that is signed). <paramref name="Kind"/> names the producer (<c>WITHDRAWAL</c>, <c>PAYMENT</c>, ...) and
/// <paramref name="Reference"/> its entity (e.g. the withdrawal id), so the inspection API can find it.
/// </summary>
public sealed record CallbackMessage(long TenantId, string Url, string Body, string Kind, string Reference)
{
    /// <summary>How long after the enqueue the first attempt falls due (0: at once), e.g. <c>walletMovementWebhookDelayMs</c>.</summary>
    public long DelayMs { get; init; }
}
