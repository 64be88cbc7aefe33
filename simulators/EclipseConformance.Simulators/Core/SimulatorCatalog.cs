using EclipseConformance.Simulators.Acs;
using EclipseConformance.Simulators.AtmNetwork;
using EclipseConformance.Simulators.Cellulant;
using EclipseConformance.Simulators.EasyPay;
using EclipseConformance.Simulators.Fiorano;
using EclipseConformance.Simulators.FrontierWeb;
using EclipseConformance.Simulators.Kganya;
using EclipseConformance.Simulators.Mnp;
using EclipseConformance.Simulators.PayAt;
using EclipseConformance.Simulators.ScanToPay;
using EclipseConformance.Simulators.Sms;

namespace EclipseConformance.Simulators;

/// <summary>
/// Which simulators exist and how to build each from its context. Adding a provider is one
/// <see cref="UpstreamSimulator"/> subclass plus one <see cref="With"/> line in <see cref="Default"/>.
/// </summary>
public sealed class SimulatorCatalog
{
    private readonly List<(string Name, Func<SimulatorContext, UpstreamSimulator> Factory)> _entries = [];

    public static SimulatorCatalog Default => new SimulatorCatalog()
        .With(FrontierWebSimulator.SimulatorName, context => new FrontierWebSimulator(context))
        .With(SmsGatewaySimulator.SimulatorName, context => new SmsGatewaySimulator(context))
        .With(MnpSimulator.SimulatorName, context => new MnpSimulator(context))
        .With(AtmNetworkSimulator.SimulatorName, context => new AtmNetworkSimulator(context))
        .With(FioranoSimulator.SimulatorName, context => new FioranoSimulator(context))
        .With(ScanToPaySimulator.SimulatorName, context => new ScanToPaySimulator(context))
        .With(AcsSimulator.SimulatorName, context => new AcsSimulator(context))
        .With(KganyaSimulator.SimulatorName, context => new KganyaSimulator(context))
        .With(PayAtSimulator.SimulatorName, context => new PayAtSimulator(context))
        .With(EasyPaySimulator.SimulatorName, context => new EasyPaySimulator(context))
        .With(CellulantSimulator.SimulatorName, context => new CellulantSimulator(context));

    public IEnumerable<string> Names => _entries.Select(e => e.Name);

    public SimulatorCatalog With(string name, Func<SimulatorContext, UpstreamSimulator> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (_entries.Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A simulator named '{name}' is already in the catalog.", nameof(name));
        }

        _entries.Add((name, factory));
        return this;
    }

    internal IEnumerable<(string Name, Func<SimulatorContext, UpstreamSimulator> Factory)> Entries => _entries;
}
