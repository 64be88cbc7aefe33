using System.Diagnostics;
using System.Net;
using Xunit;

namespace EclipseConformance.TestKit;

/// <summary>
/// The engine as a separate OS process (the same binary <c>./run.sh</c> runs), for tests that must kill it
/// (<c>kill -9</c>), stop it as Ctrl-C does (SIGINT), read what it printed, and restart it on the same store.
/// </summary>
public sealed class EngineProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output;

    private EngineProcess(Process process, Uri baseAddress, System.Text.StringBuilder output)
    {
        _process = process;
        BaseAddress = baseAddress;
        _output = output;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the engine on a port the OS chooses (<c>--port 0</c>; the engine writes its URL to a file once it accepts
    /// requests, so no other process can take the port between choosing and binding it) and waits until
    /// <c>/sim/v1/health</c> answers. The start banner is off unless <paramref name="printBanner"/>.
    /// </summary>
    public static async Task<EngineProcess> StartAsync(IEnumerable<string> arguments, TimeSpan? timeout = null, bool printBanner = false)
    {
        var urlFile = Path.Combine(Path.GetTempPath(), $"eclipse-engine-url-{Guid.NewGuid():N}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(EngineDll());
        foreach (var argument in arguments.Concat(["--port", "0", $"--Engine:UrlFile={urlFile}", $"--Engine:PrintBanner={printBanner}"]))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the engine");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            var baseUrl = await WaitForUrlAsync(process, urlFile, output, deadline);
            var engine = new EngineProcess(process, new Uri(baseUrl + "/"), output);
            if (await HealthyAsync(engine, deadline))
            {
                return engine;
            }

            await engine.DisposeAsync();
            throw new TimeoutException($"The engine did not become healthy: {output}");
        }
        catch (Exception) when (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw;
        }
        finally
        {
            File.Delete(urlFile);
        }
    }

    private static async Task<string> WaitForUrlAsync(Process process, string urlFile, System.Text.StringBuilder output, DateTime deadline)
    {
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(urlFile))
            {
                return (await File.ReadAllTextAsync(urlFile)).Trim();
            }

            if (process.HasExited)
            {
                // Let the output readers catch up, so the exception says why the engine stopped.
                await process.WaitForExitAsync();
                lock (output)
                {
                    throw new InvalidOperationException($"The engine exited with {process.ExitCode}: {output}");
                }
            }

            await Task.Delay(50);
        }

        lock (output)
        {
            throw new TimeoutException($"The engine did not start listening: {output}");
        }
    }

    private static async Task<bool> HealthyAsync(EngineProcess engine, DateTime deadline)
    {
        using var http = new HttpClient { BaseAddress = engine.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        while (DateTime.UtcNow < deadline && !engine._process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("sim/v1/health")).StatusCode == HttpStatusCode.OK)
                {
                    return true;
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

        return false;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — what a power cut does to the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Waits (real time, bounded) until the process has printed <paramref name="text"/>.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                return Output.Contains(text, StringComparison.Ordinal);
            }

            await Task.Delay(50);
        }

        return true;
    }

    /// <summary>
    /// SIGINT, what Ctrl-C in the terminal sends, then waits (bounded) for the process to exit and returns its exit code;
    /// null if it did not exit in time. Unix only (sent with <c>kill -INT</c>).
    /// </summary>
    public async Task<int?> InterruptAsync(TimeSpan timeout)
    {
        if (InterruptIgnored())
        {
            Assert.Skip("This test process was started with SIGINT ignored (a background job of a non-interactive shell); the engine inherits that, so Ctrl-C cannot be tested here");
        }

        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        return _process.ExitCode;
    }

    public EclipseClient Client() => new(new HttpClient { BaseAddress = BaseAddress });

    /// <summary>
    /// The seed document (<c>GET /sim/v1/seed</c>), read as the admin of the default demo world (its password follows
    /// from the fixed seed; the engine was started without <c>--admin-password</c>).
    /// </summary>
    public async Task<System.Text.Json.Nodes.JsonObject> SeedAsync()
    {
        var world = EclipseConformance.Engine.DemoWorld.DemoWorldGenerator.Generate(new EclipseConformance.Engine.DemoWorld.DemoWorldOptions());
        using var client = Client();
        client.UseBasic(world.Admin.Identity, world.Admin.Password);
        var seed = await client.GetAsync("/sim/v1/seed");
        return seed.Code == 200 && seed.Json is System.Text.Json.Nodes.JsonObject document
            ? document
            : throw new InvalidOperationException($"GET /sim/v1/seed answered {seed.Code}: {seed.Text}");
    }

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

    /// <summary>True when this process ignores SIGINT (Linux <c>SigIgn</c> mask, bit 2); children inherit the disposition.</summary>
    private static bool InterruptIgnored()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return false;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var mask)
            && (mask & 0x2) != 0;
    }
}
