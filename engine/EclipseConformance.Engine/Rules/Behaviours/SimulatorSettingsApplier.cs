using EclipseConformance.Engine.Control;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.Fiorano;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Puts the rule files' <c>simulators</c> settings onto the running simulators on every rule load (ADR 0042): a value
/// a rule sets wins, otherwise the configured one (<c>Simulators:fiorano:ConfirmationDelay</c>) applies. Call
/// <see cref="Reapply"/> after resetting the simulators (a reset puts them back to their built-in defaults).
/// </summary>
public sealed class SimulatorSettingsApplier(SimulatorSet simulators, IOptions<FioranoSimulatorOptions> fiorano)
{
    private readonly Lock _gate = new();
    private SimulatorSettings _current = SimulatorSettings.None;

    /// <summary>The Fiorano confirmation delay in force and where it comes from (a rule file's name, or "configuration").</summary>
    public (TimeSpan Value, string Source) FioranoConfirmationDelay
    {
        get
        {
            lock (_gate)
            {
                return Effective(_current);
            }
        }
    }

    public void Apply(SimulatorSettings settings)
    {
        lock (_gate)
        {
            _current = settings;
            if (simulators.TryGet(FioranoSimulator.SimulatorName, out var simulator) && simulator is FioranoSimulator gateway)
            {
                gateway.ConfirmationDelay = Effective(settings).Value;
            }
        }
    }

    /// <summary>Applies the last settings again (after the simulators were reset).</summary>
    public void Reapply()
    {
        SimulatorSettings current;
        lock (_gate)
        {
            current = _current;
        }

        Apply(current);
    }

    private (TimeSpan Value, string Source) Effective(SimulatorSettings settings) =>
        settings.FioranoConfirmationDelay is { } delay
            ? (delay, settings.FioranoConfirmationDelaySource ?? "rules")
            : (fiorano.Value.ConfirmationDelay, "configuration");
}
