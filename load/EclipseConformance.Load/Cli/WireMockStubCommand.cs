using System.CommandLine;
using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.WireMockStub;

namespace EclipseConformance.Load.Cli;

/// <summary>
/// <c>load wiremock-stub [--port P] [--host IP] [--url-file PATH]</c>: the WireMock.Net static stub (default settings,
/// one mapping: POST transfers → 204) as its own process, for the bench baseline and for wrk.
/// </summary>
internal static class WireMockStubCommand
{
    private static readonly Option<int> Port = new("--port") { Description = "TCP port (0, the default: any free port, printed once listening)", DefaultValueFactory = _ => 0 };
    private static readonly Option<string> Host = new("--host") { Description = "IP address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
    private static readonly Option<string?> UrlFileOption = new("--url-file") { Description = "Write the base URL here once listening" };

    public static Command Create(TextWriter output)
    {
        var command = new Command("wiremock-stub", $"Serve a WireMock.Net static stub (default settings): POST {WireMockStubServer.TransferPath} → {WireMockStubServer.TransferStatus}, until Ctrl+C or SIGTERM")
        {
            Port, Host, UrlFileOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            WireMockStubServer server;
            try
            {
                server = WireMockStubServer.Start(new WireMockStubOptions { Host = parse.GetValue(Host)!, Port = parse.GetValue(Port) });
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException or TimeoutException)
            {
                await output.WriteLineAsync($"Cannot start the WireMock.Net stub: {ex.Message}");
                return ExitCodes.UsageOrSetupError;
            }

            await using (server)
            {
                if (parse.GetValue(UrlFileOption) is { } urlFile)
                {
                    UrlFile.Write(urlFile, server.BaseAddress);
                }

                await output.WriteLineAsync(
                    $"WireMock.Net static stub (default settings: every request is kept in its request log) listening on {server.BaseAddress}; "
                    + $"POST {server.BaseAddress}{WireMockStubServer.TransferPath.TrimStart('/')} → {WireMockStubServer.TransferStatus}; Ctrl+C to stop");
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM: stop cleanly.
                }

                await output.WriteLineAsync($"WireMock.Net stub stopped; its request log held {server.RequestLogCount} requests");
            }

            return ExitCodes.Passed;
        });
        return command;
    }
}
