namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary>
/// One kind of request in the <c>mixed</c> profile, run as its own scenario with its share of the load.
/// EXTENSION POINT: when the engine serves global lookup, withdrawals and VAS, add an operation for each here and in
/// <see cref="MixedProfile.Operations"/> (and remove it from <see cref="MixedProfile.NotYetCovered"/>). Operations
/// must drive the real endpoint and be verifiable afterwards; nothing is simulated on the client side.
/// </summary>
public interface IMixedOperation
{
    /// <summary>Scenario name in the report.</summary>
    string Name { get; }

    /// <summary>Relative share of the profile's rate (open model) or loops (closed model).</summary>
    int Weight { get; }

    Task<ScenarioProps> CreateAsync(EclipseRun run, WalletSpread spread, int index, CancellationToken cancellationToken);
}
