using System.Globalization;
using Microsoft.Extensions.Logging;
using WireMock.Admin.Requests;
using WireMock.Logging;

namespace EclipseConformance.Simulators;

/// <summary>Routes WireMock's own log lines into Microsoft.Extensions.Logging (never the console).</summary>
internal sealed class WireMockLoggerAdapter(ILogger logger, string name) : IWireMockLogger
{
    public void Debug(string formatString, params object[] args) => Trace(formatString, args);

    public void Info(string formatString, params object[] args) => Trace(formatString, args);

    public void Warn(string formatString, params object[] args) =>
        SimulatorLog.WireMockProblem(logger, null, name, Format(formatString, args));

    public void Error(string formatString, params object[] args) =>
        SimulatorLog.WireMockProblem(logger, null, name, Format(formatString, args));

    public void Error(string message, Exception exception) =>
        SimulatorLog.WireMockProblem(logger, exception, name, message);

    public void DebugRequestResponse(LogEntryModel logEntryModel, bool isAdminRequest)
    {
        // The simulator keeps its own bounded journal; WireMock's per-request dump is not needed.
    }

    private void Trace(string formatString, object[] args)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            SimulatorLog.WireMockMessage(logger, name, Format(formatString, args));
        }
    }

    private static string Format(string formatString, object[] args) =>
        args.Length == 0 ? formatString : string.Format(CultureInfo.InvariantCulture, formatString, args);
}
