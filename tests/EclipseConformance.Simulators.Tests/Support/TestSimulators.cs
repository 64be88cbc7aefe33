using Microsoft.Extensions.Time.Testing;

namespace EclipseConformance.Simulators.Tests.Support;

/// <summary>Starts real simulators on loopback port 0 with a fake clock.</summary>
internal static class TestSimulators
{
    public static readonly DateTimeOffset Epoch = new(2025, 12, 8, 11, 9, 49, TimeSpan.Zero);

    public static FakeTimeProvider NewClock() => new(Epoch);

    public static T Start<T>(
        Func<SimulatorContext, T> factory,
        TimeProvider? clock = null,
        Action<SimulatorOptions>? configure = null,
        TimeProvider? latencyClock = null,
        long seed = 42)
        where T : UpstreamSimulator
    {
        var options = new SimulatorOptions();
        configure?.Invoke(options);
        var simulator = factory(new SimulatorContext(options, clock ?? NewClock(), seed, latencyClock: latencyClock));
        simulator.Start();
        return simulator;
    }

    public static HttpClient Client(UpstreamSimulator simulator, TimeSpan? timeout = null) =>
        new() { BaseAddress = new Uri(simulator.BaseUrl), Timeout = timeout ?? TimeSpan.FromSeconds(30) };

    /// <summary>Waits (bounded, real time) until <paramref name="condition"/> holds.</summary>
    public static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 500; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("Condition never held: " + what);
    }
}
