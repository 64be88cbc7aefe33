namespace EclipseConformance.Simulators;

/// <summary>A registered fault as listed: its spec, uses left (null = unlimited) and uses so far.</summary>
public sealed record ActiveFault(
    string Id,
    FaultSpec Spec,
    int? RemainingCount,
    int TimesApplied,
    DateTimeOffset AddedAt);
