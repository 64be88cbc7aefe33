using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Conformance;

/// <summary>Bounds of the conformance report (section <c>Conformance</c>).</summary>
public sealed class ConformanceOptions
{
    public const string Section = "Conformance";

    /// <summary>Findings listed per rule (the count is always exact).</summary>
    [Range(1, 10_000)]
    public int MaxFindingsPerRule { get; set; } = 200;

    /// <summary>Callback attempts read from the outbox per report, newest first.</summary>
    [Range(1, 1_000_000)]
    public int MaxCallbackAttempts { get; set; } = 20_000;
}
