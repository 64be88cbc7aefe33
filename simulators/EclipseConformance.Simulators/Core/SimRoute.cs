namespace EclipseConformance.Simulators;

/// <summary>
/// One endpoint of a simulator: the HTTP method and WireMock path pattern ("/mnp/*" wildcards
/// allowed), how to name the operation (for fault matching and the journal) and the handler.
/// Handlers are synchronous and own the provider's state; the base class applies faults around them.
/// A provider that must call out while answering (e.g. a switch asking its issuer to authorise) uses
/// <see cref="Async"/> instead; its handler gets a token cancelled when the caller gives up or the
/// simulator stops.
/// </summary>
public sealed record SimRoute(
    string Method,
    string Path,
    Func<SimRequest, string?> Operation,
    Func<SimRequest, SimResponse> Handler)
{
    /// <summary>The asynchronous handler of a route built with <see cref="Async"/>; null for synchronous routes.</summary>
    public Func<SimRequest, CancellationToken, Task<SimResponse>>? AsyncHandler { get; init; }

    /// <summary>A route whose handler is asynchronous.</summary>
    public static SimRoute Async(
        string method, string path, Func<SimRequest, string?> operation, Func<SimRequest, CancellationToken, Task<SimResponse>> handler) =>
        new(method, path, operation, _ => throw new InvalidOperationException("This route is asynchronous."))
        {
            AsyncHandler = handler ?? throw new ArgumentNullException(nameof(handler)),
        };

    internal Task<SimResponse> InvokeAsync(SimRequest request, CancellationToken cancellationToken) =>
        AsyncHandler is { } handler ? handler(request, cancellationToken) : Task.FromResult(Handler(request));
}
