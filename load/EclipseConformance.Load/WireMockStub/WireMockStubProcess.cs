using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.WireMockStub;

/// <summary>
/// The WireMock.Net static stub as its own process (<c>load wiremock-stub --port 0 --url-file F</c>), like the engine
/// and the echo server: it binds port 0 and reports the port it got, so no other process can take it meanwhile.
/// </summary>
public sealed class WireMockStubProcess : ILoadTarget
{
    private readonly ChildProcess _process;

    private WireMockStubProcess(ChildProcess process) => _process = process;

    public Uri BaseAddress => _process.BaseAddress;

    public string Description => $"WireMock.Net static stub process {_process.Id} at {BaseAddress} (default settings)";

    public static async Task<WireMockStubProcess> StartAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        var dll = typeof(WireMockStubProcess).Assembly.Location;
        var urlFile = UrlFile.NewPath("load-wiremock");
        try
        {
            // No health GET: the stub has one POST mapping only, and the URL file is written after WireMock.Net listens.
            var process = await ChildProcess.StartDotnetReportingUrlAsync(
                dll, ["wiremock-stub", "--port", "0", "--url-file", urlFile], urlFile, healthPath: null, TimeSpan.FromSeconds(60), time, cancellationToken);
            return new WireMockStubProcess(process);
        }
        finally
        {
            UrlFile.Delete(urlFile);
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
