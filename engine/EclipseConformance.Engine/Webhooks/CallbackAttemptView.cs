namespace EclipseConformance.Engine.Webhooks;

/// <summary>One stored attempt as <c>GET /sim/v1/callbacks</c> shows it.</summary>
public sealed record CallbackAttemptView(
    long Attempt,
    string Trigger,
    string Outcome,
    string StartedAt,
    long StartedMs,
    string Target,
    IReadOnlyDictionary<string, string> RequestHeaders,
    long? ResponseStatus,
    string? ResponseBody,
    long LatencyMs,
    string? Error,
    string? Note,
    string? NextAttemptAt,
    string Dispatcher);
