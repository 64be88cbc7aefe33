namespace EclipseConformance.TestKit;

/// <summary>
/// Counts the engine's outgoing HTTP calls that are still waiting for an answer (every named and typed HttpClient of an
/// in-process <see cref="EngineFixture"/> passes through it). Tests that move the manual clock past a provider timeout
/// compare it with the calls a simulator is deliberately holding, so an ordinary call that is merely slow on a loaded
/// machine is never turned into a timeout the test did not ask for.
/// </summary>
public sealed class UpstreamCallTracker
{
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    public DelegatingHandler NewHandler() => new Handler(this);

    private sealed class Handler(UpstreamCallTracker tracker) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref tracker._inFlight);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref tracker._inFlight);
            }
        }
    }
}
