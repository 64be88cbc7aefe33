using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary>
/// <c>mixed</c>: several kinds of request at once, each its own scenario with its share of the load. Covers today:
/// transfers, wallet enquiries and transactions queries. Lookup, withdrawals and VAS are listed in
/// <see cref="NotYetCovered"/> until their endpoints exist (see <see cref="IMixedOperation"/>).
/// </summary>
public sealed class MixedProfile : EclipseProfile
{
    /// <summary>The operations this profile runs, with their weights.</summary>
    public static readonly IReadOnlyList<IMixedOperation> Operations =
    [
        new TransferOperation(),
        new WalletEnquiryOperation(),
        new TransactionsQueryOperation(),
        // EXTENSION POINT: new LookupOperation() (issue 4), new WithdrawalOperation() (issue 5), new VasPaymentOperation() (issues 6/7).
    ];

    /// <summary>Operations issue 11 lists for this profile that the engine does not serve yet: reported, never faked.</summary>
    public static readonly IReadOnlyList<(string Operation, string Waits)> NotYetCovered =
    [
        ("lookup", "global integrator wallet lookup (issue 4)"),
        ("withdrawal", "cash withdrawal tokens (issue 5)"),
        ("vas", "VAS payments (issues 6 and 7)"),
    ];

    public override string Name => "mixed";

    public override string Description => "transfers + wallet enquiries + transactions queries at once (lookup, withdrawal and VAS join when the engine serves them)";

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
        var total = Operations.Sum(o => o.Weight);
        var scenarios = new List<ScenarioProps>();
        for (var i = 0; i < Operations.Count; i++)
        {
            var scenario = await Operations[i].CreateAsync(run, spread, i, cancellationToken);
            scenarios.Add(scenario.WithWarmUpDuration(options.WarmUp).WithLoadSimulations(LoadShare.Of(options, Operations[i].Weight, total)));
        }

        await run.MarkStartAsync(cancellationToken);
        return scenarios;
    }

    protected override IEnumerable<ReportSection> Describe(EclipseRun run, RunResult result)
    {
        var total = Operations.Sum(o => o.Weight);
        yield return ReportSection.Info("Mixed: what this run covers",
        [
            .. Operations.Select(o => ($"covered: {o.Name}", $"{o.Weight * 100 / total} % of the load")),
            .. NotYetCovered.Select(n => ($"not yet: {n.Operation}", $"waits for {n.Waits}; not simulated")),
        ]);
    }
}
