using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.TestKit;

/// <summary>The engine with every log line of its own categories (Trace and up) captured in <see cref="Logs"/>.</summary>
public class LoggingEngineFixture : EngineFixture
{
    public CapturedLogs Logs { get; } = new();

    protected override IEnumerable<string> ExtraArguments() => ["--Logging:LogLevel:Default=Trace", "--Logging:LogLevel:EclipseConformance=Trace"];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}
