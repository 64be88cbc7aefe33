using EclipseConformance.Engine.Primitives;
using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Control.Faults;

/// <summary>A fault as the control plane lists it; <c>source</c> is <c>rules</c> for rule-file behaviours, else <c>api</c>.</summary>
public sealed record FaultView(
    string Upstream, string Id, string Source, FaultMatch Match, string Kind, long DelayMs, bool ProcessFirst, int StatusCode, string? ErrorCode,
    string? ErrorMessage, int? RemainingCount, int TimesApplied, string? Until, string AddedAt, string? Description)
{
    public static FaultView From(string upstream, ActiveFault fault) => new(
        upstream,
        fault.Id,
        fault.Id.StartsWith("rules.", StringComparison.Ordinal) ? "rules" : "api",
        fault.Spec.Match,
        fault.Spec.Outcome.Kind.ToString(),
        (long)fault.Spec.Outcome.Delay.TotalMilliseconds,
        fault.Spec.Outcome.ProcessFirst,
        fault.Spec.Outcome.StatusCode,
        fault.Spec.Outcome.ErrorCode,
        fault.Spec.Outcome.ErrorMessage,
        fault.RemainingCount,
        fault.TimesApplied,
        fault.Spec.Until is { } until ? Timestamps.ToWire(until) : null,
        Timestamps.ToWire(fault.AddedAt),
        fault.Spec.Description);
}
