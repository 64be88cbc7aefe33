using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary>
/// <c>mixed</c>: several kinds of request at once, each its own scenario with its share of the load: transfers, wallet
/// enquiries, transactions queries, global lookups, withdrawal tokens and VAS payments (see <see cref="IMixedOperation"/>).
/// Operations that change state add their own checks to the verification (<see cref="IMixedOperation.VerifyAsync"/>).
/// </summary>
public sealed class MixedProfile : EclipseProfile
{
    /// <summary>The operations this profile runs, with their weights.</summary>
    /// <summary>The operations of one run, with their weights (stateful operations keep per-run counters: a new list per run).</summary>
    public static IReadOnlyList<IMixedOperation> NewOperations() =>
    [
        new TransferOperation(),
        new WalletEnquiryOperation(),
        new TransactionsQueryOperation(),
        new LookupOperation(),
        new WithdrawalOperation(),
        new VasPaymentOperation(),
    ];

    private const string OperationsKey = "mixed.operations";

    public override string Name => "mixed";

    public override string Description => "transfers, wallet enquiries, transactions queries, global lookups, withdrawal tokens and VAS payments at once";

    public override ProfileDefaults Defaults { get; } = new()
    {
        Rate = 4000,
        Duration = TimeSpan.FromSeconds(30),
        WarmUp = TimeSpan.FromSeconds(5),
        Concurrency = 64,
        Model = LoadModel.Open,
        Thresholds = [Threshold.MaxErrorPercent(0), Threshold.MaxDroppedPercent(1)],
        EchoRatioScenario = TransferScenario.Name,
    };

    protected override async Task<IReadOnlyList<ScenarioProps>> BuildAsync(EclipseRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var options = run.Context.Options;
        var spread = await WalletSpread.CreateAsync(run, options.Eclipse.Wallets ?? TransferSteadyProfile.DefaultWallets, cancellationToken);
        var operations = NewOperations();
        run.Items[OperationsKey] = operations;
        var total = operations.Sum(o => o.Weight);
        var scenarios = new List<ScenarioProps>();
        for (var i = 0; i < operations.Count; i++)
        {
            var scenario = await operations[i].CreateAsync(run, spread, i, cancellationToken);
            scenarios.Add(scenario.WithWarmUpDuration(options.WarmUp).WithLoadSimulations(LoadShare.Of(options, operations[i].Weight, total)));
        }

        await run.MarkStartAsync(cancellationToken);
        return scenarios;
    }

    public override async Task<IReadOnlyList<ReportSection>> VerifyAsync(ProfileContext context, RunResult result, CancellationToken cancellationToken)
    {
        var sections = new List<ReportSection>(await base.VerifyAsync(context, result, cancellationToken));
        foreach (var operation in Operations(EclipseRun.Of(context)))
        {
            sections.AddRange(await operation.VerifyAsync(EclipseRun.Of(context), cancellationToken));
        }

        return sections;
    }

    protected override IEnumerable<ReportSection> Describe(EclipseRun run, RunResult result)
    {
        var operations = Operations(run);
        var total = operations.Sum(o => o.Weight);
        yield return ReportSection.Info("Mixed: what this run covers",
            [.. operations.Select(o => ($"covered: {o.Name}", $"{o.Weight * 100 / total} % of the load"))]);
    }

    private static IReadOnlyList<IMixedOperation> Operations(EclipseRun run) => (IReadOnlyList<IMixedOperation>)run.Items[OperationsKey];
}
