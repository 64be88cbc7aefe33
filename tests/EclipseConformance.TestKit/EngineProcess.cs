using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EclipseConformance.TestKit;

/// <summary>
/// The engine as a separate OS process (the same binary <c>./run.sh</c> runs), for tests that must kill it
/// (<c>kill -9</c>) and restart it on the same store.
/// </summary>
public sealed class EngineProcess : IAsyncDisposable
{
    private readonly Process _process;

    private EngineProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    /// <summary>Starts the engine on a free loopback port and waits until <c>/sim/v1/health</c> answers.</summary>
    public static async Task<EngineProcess> StartAsync(IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(EngineDll());
        foreach (var argument in arguments.Concat(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--Engine:PrintBanner=false"]))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the engine");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var engine = new EngineProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { BaseAddress = engine.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The engine exited with {process.ExitCode}: {output}");
            }

            try
            {
                if ((await http.GetAsync("sim/v1/health")).StatusCode == HttpStatusCode.OK)
                {
                    return engine;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        await engine.DisposeAsync();
        throw new TimeoutException($"The engine did not become healthy: {output}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — what a power cut does to the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public EclipseClient Client() => new(new HttpClient { BaseAddress = BaseAddress });

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>The engine's own build output, next to this test build's configuration.</summary>
    public static string EngineDll()
    {
        var here = AppContext.BaseDirectory;
        var configuration = here.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
        var dir = new DirectoryInfo(here);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EclipseConformance.sln")))
        {
            dir = dir.Parent;
        }

        var dll = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found"),
            "engine", "EclipseConformance.Engine", "bin", configuration, "net10.0", "EclipseConformance.Engine.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the engine first", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
