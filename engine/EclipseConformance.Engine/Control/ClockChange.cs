namespace EclipseConformance.Engine.Control;

/// <summary>
/// <c>POST /sim/v1/clock/advance</c> with <c>by</c> (ISO-8601 duration, e.g. <c>PT16M</c>) or <c>seconds</c>;
/// <c>POST /sim/v1/clock/set</c> with <c>to</c> (an ISO-8601 instant in the future).
/// </summary>
public sealed record ClockChange(string? By, decimal? Seconds, DateTimeOffset? To);
