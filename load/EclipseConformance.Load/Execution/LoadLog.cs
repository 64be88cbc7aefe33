using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Execution;

internal static partial class LoadLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Scenario {Scenario}: {InFlight} requests still in flight after the drain timeout of {Timeout}; cancelling them.")]
    public static partial void DrainTimedOut(ILogger logger, string scenario, long inFlight, TimeSpan timeout);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Scenario {Scenario}: init failed; the run stops before any load.")]
    public static partial void InitFailed(ILogger logger, string scenario, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Scenario {Scenario}: clean failed; results are kept.")]
    public static partial void CleanFailed(ILogger logger, string scenario, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Run {Run}: stopped early: {Reason}.")]
    public static partial void StoppedEarly(ILogger logger, string run, string reason);
}
