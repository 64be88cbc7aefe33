using System.CommandLine;
using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.Echo;

namespace EclipseConformance.Load.Cli;

/// <summary><c>load echo-server [--port P] [--host IP] [--url-file PATH]</c>: the honesty baseline as its own process (for wrk and agents).</summary>
internal static class EchoServerCommand
{
    private static readonly Option<int> Port = new("--port") { Description = "TCP port (0: any free port)", DefaultValueFactory = _ => 5080 };
    private static readonly Option<string> Host = new("--host") { Description = "IP address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
    private static readonly Option<string?> UrlFileOption = new("--url-file") { Description = "Write the base URL here once listening (with --port 0: the port the OS gave)" };

    public static Command Create(TextWriter output)
    {
        var command = new Command("echo-server", "Serve POST/GET /echo on a bare Kestrel until Ctrl+C or SIGTERM") { Port, Host, UrlFileOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            EchoServer server;
            try
            {
                server = await EchoServer.StartAsync(new EchoServerOptions { Host = parse.GetValue(Host)!, Port = parse.GetValue(Port) }, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or ArgumentException)
            {
                await output.WriteLineAsync($"Cannot start the echo server: {ex.Message}");
                return ExitCodes.UsageOrSetupError;
            }

            await using (server)
            {
                if (parse.GetValue(UrlFileOption) is { } urlFile)
                {
                    UrlFile.Write(urlFile, server.BaseAddress);
                }

                await output.WriteLineAsync($"echo server listening on {server.BaseAddress} (POST/GET {server.BaseAddress}echo); Ctrl+C to stop");
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM: stop cleanly.
                }

                await output.WriteLineAsync($"echo server stopped after {server.ConnectionsAccepted} connections");
            }

            return ExitCodes.Passed;
        });
        return command;
    }
}
