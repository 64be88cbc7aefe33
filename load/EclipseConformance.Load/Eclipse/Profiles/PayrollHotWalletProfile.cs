using System.Globalization;
using EclipseConformance.Load.Eclipse.Api;
using EclipseConformance.Load.Eclipse.Traffic;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// <c>payroll-hot-wallet</c>: the global integrator disburses payroll from its ZAR disbursement wallet (one hot
/// wallet) to every ZAR customer wallet of tenants 1001 and 1002 in turn, across tenants
/// (<c>POST /tenants/{integrator}/wallets/transfers</c>). Every copy logs in as the integrator.
/// </summary>
public sealed class PayrollHotWalletProfile : EclipseProfile
{
    public const string ScenarioName = "payroll";

    /// <summary>Each payment is 0.01–1.00 ZAR, so the disbursement wallet lasts.</summary>
    public const long MaxCents = 100;

    private const string Currency = "ZAR";

    public override string Name => "payroll-hot-wallet";

    public override string Description => "the integrator's ZAR disbursement wallet (one hot wallet) pays every ZAR customer wallet of tenants 1001/1002 in turn";

    public override ProfileDefaults Defaults { get; } = new()
    {
        Rate = 5000,
        Duration = TimeSpan.FromSeconds(30),
        WarmUp = TimeSpan.FromSeconds(5),
        Concurrency = 64,
        Model = LoadModel.Open,
        Thresholds = [Threshold.MaxErrorPercent(0), Threshold.MaxDroppedPercent(1)],
        EchoRatioScenario = ScenarioName,
    };

    protected override async Task<IReadOnlyList<ScenarioProps>> BuildAsync(EclipseRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var integrator = run.Seed.GlobalIntegrator;
        var hotWalletId = integrator.Currency == Currency ? integrator.WalletId
            : integrator.Wallets.FirstOrDefault(w => w.Currency == Currency)?.WalletId
              ?? throw new InvalidOperationException("The global integrator has no ZAR disbursement wallet.");
        var hot = run.Wallets.Add(hotWalletId, integrator.TenantId, Currency);
        var customers = new List<int>();
        foreach (var tenant in WalletSpread.Tenants)
        {
            foreach (var wallet in await AllWalletsAsync(run.Admin, tenant, cancellationToken))
            {
                if (wallet.CustomerId is not null && wallet.Currency == Currency && wallet.Status == "ACTIVE")
                {
                    customers.Add(run.Wallets.Add(wallet.WalletId, tenant, Currency));
                }
            }
        }

        if (customers.Count == 0)
        {
            throw new InvalidOperationException("Tenants 1001/1002 have no active ZAR customer wallets to pay.");
        }

        await EnsureFundedAsync(run, hotWalletId, integrator.TenantId, cancellationToken);
        var identity = new EclipseIdentity(integrator.Identity, integrator.Password, integrator.TenantId, integrator.PrivateKeyPem);
        var caller = await run.NewCallerAsync(_ => identity, cancellationToken);
        var sender = new TransferSender(caller, run.Wallets, run.Book.NewLog(ScenarioName, caller.Copies), "load payroll");
        var random = Enumerable.Range(0, caller.Copies).Select(c => run.RandomFor(0, c)).ToArray();
        long turn = -1;
        run.Items["payroll"] = (hotWalletId, customers.Count);
        await run.MarkStartAsync(cancellationToken);

        var scenario = Scenario.Create(ScenarioName, async context =>
        {
            var copy = context.ScenarioInfo.InstanceNumber;
            var to = customers[(int)(Interlocked.Increment(ref turn) % customers.Count)];
            var cents = random[copy].Between(1, MaxCents);
            return (await sender.SendAsync(context, hot, to, cents, run.NewKey())).ToResponse();
        });
        var options = run.Context.Options;
        return [scenario.WithWarmUpDuration(options.WarmUp).WithLoadSimulations(options.Simulation())];
    }

    protected override IEnumerable<ReportSection> Describe(EclipseRun run, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (hot, customers) = ((long, int))run.Items["payroll"];
        yield return ReportSection.Info("Payroll",
            ("hot wallet", string.Create(CultureInfo.InvariantCulture, $"{hot} (integrator tenant {run.Seed.GlobalIntegrator.TenantId}, ZAR disbursement)")),
            ("customers paid in turn", string.Create(CultureInfo.InvariantCulture, $"{customers} ZAR customer wallets of tenants 1001 and 1002 (cross-tenant)")),
            ("payments sent", Fmt.Int(run.Book.Find(ScenarioName)?.Count ?? 0)));
    }

    private static async Task<List<WalletInfo>> AllWalletsAsync(EclipseAdmin admin, long tenant, CancellationToken cancellationToken)
    {
        var all = new List<WalletInfo>();
        for (var offset = 0; ; offset += EclipseAdmin.ListPageSize)
        {
            var page = await admin.WalletsAsync(tenant, offset, cancellationToken);
            all.AddRange(page);
            if (page.Count < EclipseAdmin.ListPageSize)
            {
                return all;
            }
        }
    }

    /// <summary>Tops the hot wallet up so the whole run (at up to 50 000 payments/s of at most 1.00) cannot run dry.</summary>
    private static async Task EnsureFundedAsync(EclipseRun run, long walletId, long tenantId, CancellationToken cancellationToken)
    {
        var options = run.Context.Options;
        var seconds = (decimal)(options.Duration + options.WarmUp).TotalSeconds + 10;
        var needed = seconds * 50_000m * (MaxCents / 100m);
        var wallet = await run.Admin.WalletAsync(tenantId, walletId, cancellationToken);
        for (var balance = wallet.AvailableBalance; balance < needed; balance += 1_000_000_000m)
        {
            await run.Admin.FundAsync(walletId, 1_000_000_000m, $"load-fund-{run.NewKey()}", cancellationToken);
        }
    }
}
