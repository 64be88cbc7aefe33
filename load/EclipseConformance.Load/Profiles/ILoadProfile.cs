using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Profiles;

/// <summary>
/// A named load profile (<c>load run --profile NAME</c>). Derive from <see cref="LoadProfile"/> and register it in
/// <see cref="ProfileRegistry.CreateDefault"/>.
/// </summary>
public interface ILoadProfile
{
    /// <summary>Lowercase, dash-separated; also the report folder prefix.</summary>
    string Name { get; }

    string Description { get; }

    ProfileDefaults Defaults { get; }

    /// <summary>Starts the system under test when no --target is given (the echo server, later the engine).</summary>
    Task<ILoadTarget> StartDefaultTargetAsync(ProfileOptions options, CancellationToken cancellationToken);

    /// <summary>The scenarios to run against <see cref="ProfileContext.Target"/>; may seed data first.</summary>
    Task<IReadOnlyList<ScenarioProps>> BuildScenariosAsync(ProfileContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Checks after the run (read back through the API): a <see cref="SectionOutcome.Failed"/> section fails the run.
    /// </summary>
    Task<IReadOnlyList<ReportSection>> VerifyAsync(ProfileContext context, RunResult result, CancellationToken cancellationToken);
}
