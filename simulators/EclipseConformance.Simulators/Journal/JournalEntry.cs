namespace EclipseConformance.Simulators;

/// <summary>
/// One request a simulator received and what it answered. <see cref="StatusCode"/> is null while
/// the request is still being answered (e.g. held by a delay) or when no answer was sent
/// (timeout, connection reset, client gone). Bodies are cut to the journal's body limit.
/// </summary>
public sealed record JournalEntry(
    long Sequence,
    DateTimeOffset ReceivedAt,
    string Method,
    string Path,
    string Query,
    string? Operation,
    string RequestBody,
    bool RequestBodyTruncated,
    int? StatusCode,
    string? ResponseBody,
    string? FaultId,
    FaultKind? FaultKind,
    bool Completed,
    DateTimeOffset? CompletedAt);
