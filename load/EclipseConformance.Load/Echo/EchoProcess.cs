using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Echo;

/// <summary>
/// The echo server as its own process (<c>load echo-server</c>, plain Kestrel defaults), like the engine: the
/// baseline a transfer run is compared with runs under the same conditions as the system under test. It binds port 0
/// and reports the port it got in a URL file (no race for a port chosen in advance).
/// </summary>
public sealed class EchoProcess : ILoadTarget
{
    private readonly ChildProcess _process;

    private EchoProcess(ChildProcess process) => _process = process;

    public Uri BaseAddress => _process.BaseAddress;

    public string Description => $"echo server process {_process.Id} at {BaseAddress}";

    public static async Task<EchoProcess> StartAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        var dll = typeof(EchoProcess).Assembly.Location;
        var urlFile = UrlFile.NewPath("load-echo");
        try
        {
            var process = await ChildProcess.StartDotnetReportingUrlAsync(
                dll, ["echo-server", "--port", "0", "--url-file", urlFile], urlFile, "echo", TimeSpan.FromSeconds(60), time, cancellationToken);
            return new EchoProcess(process);
        }
        finally
        {
            UrlFile.Delete(urlFile);
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
