namespace EclipseConformance.Simulators.Tests.Support;

/// <summary>A minimal extra provider, to show that a new simulator is one class plus a catalog line.</summary>
internal sealed class EchoSimulator(SimulatorContext context) : UpstreamSimulator("echo", context)
{
    protected override IEnumerable<SimRoute> DefineRoutes() =>
        [new SimRoute("POST", "/echo", _ => "Echo", r => new SimResponse(200, "text/plain", r.Body))];

    protected override void OnReset()
    {
    }

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message) =>
        new(422, "text/plain", code);
}
