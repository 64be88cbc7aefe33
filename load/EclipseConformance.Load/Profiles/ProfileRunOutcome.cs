namespace EclipseConformance.Load.Profiles;

/// <summary>The result of a profile run and the folder its reports were written to.</summary>
public sealed record ProfileRunOutcome(RunResult Result, string ReportFolder);
