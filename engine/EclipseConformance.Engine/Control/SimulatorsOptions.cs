using System.ComponentModel.DataAnnotations;
using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Control;

/// <summary>
/// The upstream simulators the engine hosts (section <c>Simulators</c>): <c>Simulators:Enabled</c>,
/// <c>Simulators:Seed</c>, <c>Simulators:LatencyClock</c> (Real | Engine), and per simulator
/// <c>Simulators:{name}:Port|Enabled|FixtureMode|JournalCapacity|...</c> (see <see cref="SimulatorOptions"/>); the Fiorano
/// simulator's own settings are in <see cref="FioranoSimulatorOptions"/> (<c>Simulators:fiorano:ConfirmationDelay</c>).
/// </summary>
public sealed class SimulatorsOptions
{
    public const string Section = "Simulators";

    /// <summary>Start the simulators at all (false: none are started; features see no base URLs).</summary>
    public bool Enabled { get; set; } = true;

    public long Seed { get; set; } = 20_251_208;

    /// <summary>
    /// Which clock times injected delays. Real (default): delays elapse in real time, like the engine's HTTP timeouts,
    /// even when the engine's clock is a manual virtual clock. Engine: the engine's clock (a fake clock must be advanced).
    /// </summary>
    [EnumDataType(typeof(LatencyClockKind))]
    public LatencyClockKind LatencyClock { get; set; } = LatencyClockKind.Real;

    /// <summary>Reads the section: the three settings above plus one <see cref="SimulatorOptions"/> per simulator name.</summary>
    public static (SimulatorsOptions Host, SimulatorSetOptions Set) Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var host = section.Get<SimulatorsOptions>() ?? new SimulatorsOptions();
        var set = new SimulatorSetOptions { Seed = host.Seed };
        foreach (var name in SimulatorCatalog.Default.Names)
        {
            var options = set.For(name);
            section.GetSection(name).Bind(options);
            if (!host.Enabled)
            {
                options.Enabled = false;
            }
        }

        return (host, set);
    }
}
