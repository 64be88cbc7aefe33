using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Echo;

/// <summary>
/// The echo server as its own process (<c>load echo-server</c>, plain Kestrel defaults), like the engine: the
/// baseline a transfer run is compared with runs under the same conditions as the system under test.
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
        var port = ChildProcess.FreePort();
        var process = await ChildProcess.StartDotnetAsync(
            dll, ["echo-server", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], port, "echo", TimeSpan.FromSeconds(60), time, cancellationToken);
        return new EchoProcess(process);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
