using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EclipseConformance.Simulators;

/// <summary>
/// What a simulator receives from its host: options, the clock, the seed and logging.
/// <see cref="Clock"/> stamps journal/inbox entries and expires faults; <see cref="LatencyClock"/>
/// times injected delays (by default the same clock; pass the system clock when the clock is a
/// manual virtual clock but delays should elapse in real time).
/// </summary>
public sealed class SimulatorContext
{
    public SimulatorContext(
        SimulatorOptions options,
        TimeProvider clock,
        long seed,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? latencyClock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        options.Validate();
        Options = options;
        Clock = clock;
        Seed = seed;
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        LatencyClock = latencyClock ?? clock;
    }

    public SimulatorOptions Options { get; }

    public TimeProvider Clock { get; }

    public TimeProvider LatencyClock { get; }

    public long Seed { get; }

    public ILoggerFactory LoggerFactory { get; }
}
