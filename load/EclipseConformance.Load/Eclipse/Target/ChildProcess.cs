using System.Diagnostics;
using System.Net;

namespace EclipseConformance.Load.Eclipse.Target;

/// <summary>
/// A .NET program started as its own OS process that binds a free loopback port itself and reports it in a URL file
/// (the engine, the echo server, the WireMock.Net stub): keeps the
/// last lines of its output, waits until a health URL answers 200, and kills it on dispose. The child gets the
/// runtime's defaults: the runner's own socket tuning (inline completions) is not inherited.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int TailLines = 200;

    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private long _errorLines;

    private ChildProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Lines the process logged at error level so far ("fail:" / "crit:" in the console logger's format).</summary>
    public long ErrorLines => Interlocked.Read(ref _errorLines);

    public string Tail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    /// <summary>
    /// Starts <c>dotnet DLL ARGS</c>, a program that chooses its own port and writes its base URL to
    /// <paramref name="urlFile"/> once it listens (the engine's <c>--port 0 --Engine:UrlFile=…</c>), so no other
    /// process can take the port between choosing and binding it; then waits until GET <paramref name="healthPath"/> answers 200.
    /// A null <paramref name="healthPath"/> (a server without a GET route, e.g. the WireMock.Net stub) trusts the URL file:
    /// it is written only after the server listens.
    /// </summary>
    public static Task<ChildProcess> StartDotnetReportingUrlAsync(
        string dll, IEnumerable<string> arguments, string urlFile, string? healthPath, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) =>
        StartAsync(dll, arguments, urlFile, healthPath, timeout, time, cancellationToken);

    private static async Task<ChildProcess> StartAsync(
        string dll, IEnumerable<string> arguments, string urlFile, string? healthPath, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Remove("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS");
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start dotnet {dll}.");
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var started = time.GetTimestamp();
            child.BaseAddress = await child.WaitForUrlAsync(urlFile, timeout, time, cancellationToken);
            if (healthPath is not null)
            {
                await child.WaitHealthyAsync(healthPath, timeout - time.GetElapsedTime(started), time, cancellationToken);
            }

            return child;
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLines);
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            while (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }
    }

    private async Task<Uri> WaitForUrlAsync(string urlFile, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (time.GetElapsedTime(started) < timeout)
        {
            if (File.Exists(urlFile))
            {
                return new Uri((await File.ReadAllTextAsync(urlFile, cancellationToken)).Trim() + "/");
            }

            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(cancellationToken);
                throw new InvalidOperationException($"dotnet {_process.StartInfo.ArgumentList[0]} exited with code {_process.ExitCode}:\n{Tail()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
        }

        throw new TimeoutException($"dotnet {_process.StartInfo.ArgumentList[0]} did not report its URL within {timeout.TotalSeconds:0} s:\n{Tail()}");
    }

    private async Task WaitHealthyAsync(string healthPath, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var started = time.GetTimestamp();
        while (time.GetElapsedTime(started) < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"dotnet {_process.StartInfo.ArgumentList[0]} exited with code {_process.ExitCode}:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(healthPath, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The 2 s probe timed out; the process is still starting.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
        }

        throw new TimeoutException($"dotnet {_process.StartInfo.ArgumentList[0]} did not answer {healthPath} within {timeout.TotalSeconds:F0} s:\n{Tail()}");
    }
}
