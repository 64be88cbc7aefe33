using Microsoft.Extensions.Logging;

namespace EclipseConformance.Simulators;

internal static partial class SimulatorLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Simulator {Name} listening at {BaseUrl}")]
    public static partial void Started(ILogger logger, string name, string baseUrl);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Simulator {Name} stopped")]
    public static partial void Stopped(ILogger logger, string name);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Simulator {Name}: fault {FaultId} ({Kind}) registered")]
    public static partial void FaultAdded(ILogger logger, string name, string faultId, FaultKind kind);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Simulator {Name}: fault {FaultId} ({Kind}) applied to {Method} {Path} ({Operation})")]
    public static partial void FaultApplied(ILogger logger, string name, string faultId, FaultKind kind, string method, string path, string? operation);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Debug, Message = "Simulator {Name}: request {Method} {Path} abandoned (client gone or simulator stopping)")]
    public static partial void Abandoned(ILogger logger, string name, string method, string path);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "Simulator {Name}: handler failed for {Method} {Path}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string name, string method, string path);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Debug, Message = "WireMock ({Name}): {Message}")]
    public static partial void WireMockMessage(ILogger logger, string name, string message);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning, Message = "WireMock ({Name}): {Message}")]
    public static partial void WireMockProblem(ILogger logger, Exception? exception, string name, string message);
}
