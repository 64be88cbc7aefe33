namespace EclipseConformance.Engine.Control.Journal;

/// <summary>One recorded Eclipse API call. Bodies are kept raw in memory and redacted whenever they are read out.</summary>
public sealed record JournalEntry(
    long Id,
    long AtMs,
    string Method,
    string Path,
    string? Query,
    int Status,
    double LatencyMs,
    string? Caller,
    long? TenantId,
    string TraceId,
    string? RequestBody,
    string? ResponseBody,
    string? ErrorCode);
