using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Profiles;

/// <summary>Base class with the usual defaults: no own target, no post-run checks.</summary>
public abstract class LoadProfile : ILoadProfile
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    public virtual ProfileDefaults Defaults { get; } = new();

    public virtual Task<ILoadTarget> StartDefaultTargetAsync(ProfileOptions options, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"Profile '{Name}' has no default target; pass --target URL.");

    public abstract Task<IReadOnlyList<ScenarioProps>> BuildScenariosAsync(ProfileContext context, CancellationToken cancellationToken);

    public virtual Task<IReadOnlyList<ReportSection>> VerifyAsync(ProfileContext context, RunResult result, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReportSection>>([]);
}
