using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary>
/// One kind of request in the <c>mixed</c> profile, run as its own scenario with its share of the load. Add an
/// operation here and in <see cref="MixedProfile.NewOperations"/>. Operations drive the real endpoint and, where they
/// change state, say after the run what must hold (<see cref="VerifyAsync"/>); nothing is simulated on the client side.
/// </summary>
public interface IMixedOperation
{
    /// <summary>Scenario name in the report.</summary>
    string Name { get; }

    /// <summary>Relative share of the profile's rate (open model) or loops (closed model).</summary>
    int Weight { get; }

    Task<ScenarioProps> CreateAsync(EclipseRun run, WalletSpread spread, int index, CancellationToken cancellationToken);

    /// <summary>After the run (engine drained): what must hold for this operation's accepted requests; a failed check fails the run.</summary>
    Task<IReadOnlyList<ReportSection>> VerifyAsync(EclipseRun run, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ReportSection>>([]);
}
