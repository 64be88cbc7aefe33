namespace EclipseConformance.Engine.Webhooks;

/// <summary>What happened in one delivery attempt, as stored for inspection (bodies already capped).</summary>
public sealed record AttemptRecord(
    AttemptTrigger Trigger,
    AttemptOutcome Outcome,
    long StartedMs,
    string Url,
    string RequestHeadersJson,
    int? ResponseStatus,
    string? ResponseBody,
    long LatencyMs,
    string? Error,
    string? Note,
    string Dispatcher);
