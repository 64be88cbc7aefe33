using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Simulators;

/// <summary>Settings for a <see cref="SimulatorSet"/>: the shared seed and per-simulator options by name.</summary>
public sealed class SimulatorSetOptions
{
    /// <summary>Seed of every simulator's random stream (tokens, serials, ids).</summary>
    public long Seed { get; set; } = 20_251_208;

    /// <summary>Options keyed by simulator name (e.g. "frontierweb", "sms", "mnp"); missing names use defaults.</summary>
    public Dictionary<string, SimulatorOptions> Simulators { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The options for <paramref name="name"/>, created with defaults when absent.</summary>
    public SimulatorOptions For(string name)
    {
        if (!Simulators.TryGetValue(name, out var options))
        {
            options = new SimulatorOptions();
            Simulators[name] = options;
        }

        return options;
    }

    /// <summary>Validates every per-simulator options object.</summary>
    public void Validate()
    {
        foreach (var (name, options) in Simulators)
        {
            try
            {
                options.Validate();
            }
            catch (ValidationException ex)
            {
                throw new ValidationException($"Simulator '{name}': {ex.Message}", ex);
            }
        }
    }
}
