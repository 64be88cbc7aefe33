namespace EclipseConformance.Simulators;

/// <summary>
/// One endpoint of a simulator: the HTTP method and WireMock path pattern ("/mnp/*" wildcards
/// allowed), how to name the operation (for fault matching and the journal) and the handler.
/// Handlers are synchronous and own the provider's state; the base class applies faults around them.
/// </summary>
public sealed record SimRoute(
    string Method,
    string Path,
    Func<SimRequest, string?> Operation,
    Func<SimRequest, SimResponse> Handler);
