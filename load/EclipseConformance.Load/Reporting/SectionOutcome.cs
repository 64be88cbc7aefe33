namespace EclipseConformance.Load.Reporting;

public enum SectionOutcome
{
    /// <summary>Information only (e.g. the ratio to the echo endpoint).</summary>
    Info,

    /// <summary>A check that passed (e.g. money conserved).</summary>
    Passed,

    /// <summary>A check that failed: the run fails.</summary>
    Failed,
}
