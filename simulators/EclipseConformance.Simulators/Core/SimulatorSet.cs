using EclipseConformance.Simulators.FrontierWeb;
using EclipseConformance.Simulators.Mnp;
using EclipseConformance.Simulators.Sms;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Simulators;

/// <summary>
/// All enabled simulators of a catalog, sharing one clock and seed: start them together, find
/// them by name or type, reset and stop them. Disabled simulators are not created.
/// </summary>
public sealed class SimulatorSet : IDisposable
{
    private readonly Dictionary<string, UpstreamSimulator> _simulators = new(StringComparer.OrdinalIgnoreCase);

    public SimulatorSet(
        SimulatorSetOptions options,
        TimeProvider clock,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? latencyClock = null,
        SimulatorCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        options.Validate();
        foreach (var (name, factory) in (catalog ?? SimulatorCatalog.Default).Entries)
        {
            var simulatorOptions = options.For(name);
            if (!simulatorOptions.Enabled)
            {
                continue;
            }

            var simulator = factory(new SimulatorContext(simulatorOptions, clock, options.Seed, loggerFactory, latencyClock));
            if (!string.Equals(simulator.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Catalog entry '{name}' built a simulator named '{simulator.Name}'.");
            }

            _simulators[name] = simulator;
        }
    }

    public IReadOnlyCollection<UpstreamSimulator> All => _simulators.Values;

    public UpstreamSimulator this[string name] =>
        _simulators.TryGetValue(name, out var simulator)
            ? simulator
            : throw new KeyNotFoundException($"No enabled simulator named '{name}'.");

    /// <summary>Base URL of every running simulator by name, e.g. {"frontierweb": "http://127.0.0.1:41234"}.</summary>
    public IReadOnlyDictionary<string, string> BaseUrls =>
        _simulators.Values.Where(s => s.IsRunning).ToDictionary(s => s.Name, s => s.BaseUrl, StringComparer.OrdinalIgnoreCase);

    public FrontierWebSimulator FrontierWeb => Get<FrontierWebSimulator>();

    public SmsGatewaySimulator Sms => Get<SmsGatewaySimulator>();

    public MnpSimulator Mnp => Get<MnpSimulator>();

    public bool TryGet(string name, out UpstreamSimulator? simulator) => _simulators.TryGetValue(name, out simulator);

    public T Get<T>()
        where T : UpstreamSimulator =>
        _simulators.Values.OfType<T>().FirstOrDefault()
            ?? throw new KeyNotFoundException($"No enabled simulator of type {typeof(T).Name}.");

    /// <summary>Starts every simulator; if one cannot start, the ones already started are stopped again.</summary>
    public void StartAll()
    {
        try
        {
            foreach (var simulator in _simulators.Values)
            {
                simulator.Start();
            }
        }
        catch
        {
            StopAll();
            throw;
        }
    }

    public void StopAll()
    {
        foreach (var simulator in _simulators.Values)
        {
            simulator.Stop();
        }
    }

    public void ResetAll()
    {
        foreach (var simulator in _simulators.Values)
        {
            simulator.Reset();
        }
    }

    public void Dispose() => StopAll();
}
