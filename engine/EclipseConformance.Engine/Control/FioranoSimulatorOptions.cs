using System.ComponentModel.DataAnnotations;
using EclipseConformance.Simulators.Fiorano;

namespace EclipseConformance.Engine.Control;

/// <summary>
/// Start-up settings of the hosted DTB Fiorano simulator (section <c>Simulators:fiorano</c>, next to its generic
/// <c>Port</c>, <c>FixtureMode</c>, ...). A rule file's <c>simulators.fiorano</c> section overrides them at run time
/// (ADR 0042).
/// </summary>
public sealed class FioranoSimulatorOptions
{
    public const string Section = SimulatorsOptions.Section + ":" + FioranoSimulator.SimulatorName;

    /// <summary>How long after accepting a payment the gateway confirms it, on the simulator's clock (0 to 1 day).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ConfirmationDelay { get; set; } = FioranoSimulator.DefaultConfirmationDelay;
}
