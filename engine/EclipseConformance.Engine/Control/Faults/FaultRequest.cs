using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Control.Faults;

/// <summary>
/// <c>POST /sim/v1/faults</c>: which upstream, which requests (<see cref="FaultMatch"/>: method, path, operation,
/// bodyContains, field + fieldEquals), what happens, how many times (<c>count</c>) and for how long
/// (<c>durationSeconds</c> on the virtual clock, or <c>until</c>).
/// </summary>
public sealed record FaultRequest(
    string? Upstream,
    string? Id,
    FaultMatch? Match,
    FaultOutcomeRequest? Outcome,
    int? Count,
    decimal? DurationSeconds,
    DateTimeOffset? Until,
    string? Description);

/// <summary>The outcome part of a <see cref="FaultRequest"/>; <c>kind</c> is a <see cref="FaultKind"/> name.</summary>
public sealed record FaultOutcomeRequest(
    string? Kind,
    int? DelayMs,
    bool? ProcessFirst,
    int? StatusCode,
    string? Body,
    string? ContentType,
    string? ErrorCode,
    string? ErrorMessage);
