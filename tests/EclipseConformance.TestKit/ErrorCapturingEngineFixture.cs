using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.TestKit;

/// <summary>
/// The engine at its normal log levels with every Error and Critical line (with its exception) kept in
/// <see cref="Errors"/>, so a test that sees a 500 can say which exception the engine logged for it.
/// </summary>
public class ErrorCapturingEngineFixture : EngineFixture
{
    public CapturedLogs Errors { get; } = new(LogLevel.Error);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Errors);
}
