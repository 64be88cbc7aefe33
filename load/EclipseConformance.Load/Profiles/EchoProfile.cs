using EclipseConformance.Load.Echo;

namespace EclipseConformance.Load.Profiles;

/// <summary>
/// The honesty baseline as a profile: POST /echo with a transfer-sized JSON body. Open model by default
/// (inject --rate per second); <c>--model closed</c> keeps --concurrency loops busy, which is what wrk measures.
/// Default target: an echo server started in this process on a loopback port.
/// </summary>
public sealed class EchoProfile : LoadProfile
{
    public override string Name => "echo";

    public override string Description => "POST /echo on a bare Kestrel JSON echo (honesty baseline; compare with wrk)";

    public override ProfileDefaults Defaults { get; } = new()
    {
        Rate = 1000,
        Duration = TimeSpan.FromSeconds(30),
        WarmUp = TimeSpan.FromSeconds(5),
        Concurrency = 64,
        Model = LoadModel.Open,
        Thresholds = [Threshold.MaxErrorPercent(0.1), Threshold.MaxDroppedPercent(0.1)],
    };

    public override async Task<ILoadTarget> StartDefaultTargetAsync(ProfileOptions options, CancellationToken cancellationToken) =>
        await EchoServer.StartAsync(new EchoServerOptions(), cancellationToken);

    public override async Task<IReadOnlyList<ScenarioProps>> BuildScenariosAsync(ProfileContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scenario = context.Options.Client == LoadClient.Lean
            ? EchoBaseline.Scenario(await context.CreateRawTargetAsync(cancellationToken), "echo")
            : EchoBaseline.Scenario(context.Http.Client, "echo");
        return [scenario.WithWarmUpDuration(context.Options.WarmUp).WithLoadSimulations(context.Options.Simulation())];
    }
}
