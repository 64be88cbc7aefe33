using System.Globalization;
using System.Text;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary>
/// <c>POST /tenants/{t}/wallets/{w}/withdrawals</c>: the global integrator creates R10.00 cash tokens from its ZAR
/// wallet (no phone, so no SMS; the ATM network registers each token). After the run every accepted token must hold
/// exactly its amount: the wallet's reservations grew by accepted × R10.00 and its current balance did not move.
/// </summary>
public sealed class WithdrawalOperation : IMixedOperation
{
    public const decimal Amount = 10.00m;

    /// <summary>Funded before the run: ten million tokens' worth, so the wallet never runs dry whatever the model.</summary>
    private const decimal Funding = 100_000_000m;

    private long _accepted;
    private long _walletId;
    private long _tenantId;
    private decimal _reservedBefore;
    private decimal _currentBefore;

    public string Name => "withdrawal";

    public int Weight => 10;

    public async Task<ScenarioProps> CreateAsync(EclipseRun run, WalletSpread spread, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var integrator = run.Seed.GlobalIntegrator;
        var zar = integrator.Wallets.FirstOrDefault(w => w.Currency == "ZAR")
            ?? throw new InvalidOperationException("The seed's global integrator has no ZAR wallet for withdrawals.");
        (_tenantId, _walletId) = (integrator.TenantId, zar.WalletId);
        await run.Admin.FundAsync(_walletId, Funding, $"load-fund-{run.NewKey()}", cancellationToken);
        var before = await run.Admin.WalletAsync(_tenantId, _walletId, cancellationToken);
        (_currentBefore, _reservedBefore) = (before.CurrentBalance, before.CurrentBalance - before.AvailableBalance);

        var caller = await run.NewCallerAsync(_ => MixedIdentities.Integrator(run), cancellationToken);
        var path = string.Create(CultureInfo.InvariantCulture, $"eclipse-conductor/rest/v1/tenants/{_tenantId}/wallets/{_walletId}/withdrawals");
        return Scenario.Create(Name, async context =>
        {
            var body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $$"""{"amount":{{Amount}},"type":"ZA_PAYCORP_ATM","externalUniqueId":"{{run.NewKey()}}","description":"load mixed"}"""));
            var reply = await caller.CallAsync(context, "POST", path, body);
            if (reply.IsSuccess)
            {
                Interlocked.Increment(ref _accepted);
            }

            return reply.ToResponse();
        });
    }

    public async Task<IReadOnlyList<ReportSection>> VerifyAsync(EclipseRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var after = await run.Admin.WalletAsync(_tenantId, _walletId, cancellationToken);
        var reserved = after.CurrentBalance - after.AvailableBalance - _reservedBefore;
        var expected = Interlocked.Read(ref _accepted) * Amount;
        return
        [
            ReportSection.Check("Withdrawals: every accepted token holds its amount", reserved == expected && after.CurrentBalance == _currentBefore,
                ("accepted tokens", _accepted.ToString(CultureInfo.InvariantCulture)),
                ("reservations grew by", reserved.ToString("0.00", CultureInfo.InvariantCulture)),
                ("expected", expected.ToString("0.00", CultureInfo.InvariantCulture)),
                ("current balance moved by", (after.CurrentBalance - _currentBefore).ToString("0.00", CultureInfo.InvariantCulture))),
        ];
    }
}
