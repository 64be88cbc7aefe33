using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Tests.Eclipse;

/// <summary>Runs another profile unchanged and lets a test act just before its post-run checks.</summary>
internal sealed class SpyProfile(ILoadProfile inner, Func<ProfileContext, Task> beforeVerify) : ILoadProfile
{
    public string Name => inner.Name;

    public string Description => inner.Description;

    public ProfileDefaults Defaults => inner.Defaults;

    public Task<ILoadTarget> StartDefaultTargetAsync(ProfileOptions options, CancellationToken cancellationToken) =>
        inner.StartDefaultTargetAsync(options, cancellationToken);

    public Task<IReadOnlyList<ScenarioProps>> BuildScenariosAsync(ProfileContext context, CancellationToken cancellationToken) =>
        inner.BuildScenariosAsync(context, cancellationToken);

    public async Task<IReadOnlyList<ReportSection>> VerifyAsync(ProfileContext context, RunResult result, CancellationToken cancellationToken)
    {
        await beforeVerify(context);
        return await inner.VerifyAsync(context, result, cancellationToken);
    }
}
