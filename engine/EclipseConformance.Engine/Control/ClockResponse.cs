namespace EclipseConformance.Engine.Control;

public sealed record ClockResponse(string Now, long NowEpochMs, string Mode);
