using EclipseConformance.Simulators.Fiorano;
using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

public sealed partial class RuleFileBinder
{
    /// <summary>Applies a file's <c>simulators</c> section over <paramref name="current"/> (used again when layering files).</summary>
    public static SimulatorSettings ApplySimulators(RuleFile file, SimulatorSettings current, List<RuleProblem> problems) =>
        ApplySection(file, file.Simulators, current, problems, (binder, value, section) => binder.ApplySimulators(value, section));

    /// <summary>
    /// <c>simulators.fiorano.confirmationDelay</c>: a duration from 0ms to 1d, or null to go back to the configured
    /// <c>Simulators:fiorano:ConfirmationDelay</c>. The schema has already refused unknown simulators and fields.
    /// </summary>
    private SimulatorSettings ApplySimulators(SimulatorSettings current, JObject section)
    {
        if (section["fiorano"] is JObject fiorano && fiorano.TryGetValue("confirmationDelay", out var delay))
        {
            current = delay.Type == JTokenType.Null
                ? current with { FioranoConfirmationDelay = null, FioranoConfirmationDelaySource = null }
                : current with
                {
                    FioranoConfirmationDelay = Duration(delay, FioranoSimulator.DefaultConfirmationDelay, TimeSpan.Zero, FioranoSimulator.MaxConfirmationDelay),
                    FioranoConfirmationDelaySource = _file.Source.Name,
                };
        }

        return current;
    }
}
