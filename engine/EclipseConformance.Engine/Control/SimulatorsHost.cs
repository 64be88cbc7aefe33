using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Control;

/// <summary>
/// Starts the upstream simulators (one WireMock.Net server each, loopback) before the engine serves requests,
/// publishes their base URLs in <see cref="SimulatorEndpoints"/>, and stops them with the engine.
/// </summary>
public sealed partial class SimulatorsHost(SimulatorSet simulators, SimulatorEndpoints endpoints, ILogger<SimulatorsHost> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        simulators.StartAll();
        endpoints.Publish(simulators.BaseUrls);
        LogStarted(logger, simulators.BaseUrls.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        simulators.StopAll();
        endpoints.Publish(new Dictionary<string, string>());
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Count} upstream simulators started")]
    private static partial void LogStarted(ILogger logger, int count);
}
