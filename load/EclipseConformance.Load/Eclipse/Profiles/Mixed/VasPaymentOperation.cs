using System.Globalization;
using System.Text;
using EclipseConformance.Load.Eclipse.Api;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary>
/// <c>POST /tenants/{t}/customers/{c}/payments</c>: the document's FrontierWeb utility token (BWP 180 + fee 4) for the
/// Botswana tenant's sample customers, as its API user. The engine vends over real HTTP against the FrontierWeb
/// simulator after answering. After the run (drained) no money may be created and no payment charged twice: each
/// customer wallet went down by a whole number of charges, at most one per accepted payment (a payment the upstream
/// failed is reversed, and shows as accepted but not charged).
/// </summary>
public sealed class VasPaymentOperation : IMixedOperation
{
    public const decimal Charge = 184m;

    private const decimal Funding = 100_000_000m;

    private readonly Dictionary<long, decimal> _before = [];
    private SeedInfo.Customer[] _customers = [];
    private long _accepted;

    public string Name => "vas-payment";

    public int Weight => 5;

    public async Task<ScenarioProps> CreateAsync(EclipseRun run, WalletSpread spread, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        _customers = [.. (run.Seed.SampleCustomers ?? []).Where(c => c.Currency == "BWP")];
        if (_customers.Length == 0)
        {
            throw new InvalidOperationException("The target's seed lists no Botswana sample customer to buy FrontierWeb tokens for.");
        }

        foreach (var customer in _customers)
        {
            await run.Admin.FundAsync(customer.WalletId, Funding, $"load-fund-{run.NewKey()}", cancellationToken);
            _before[customer.WalletId] = (await run.Admin.WalletAsync(customer.TenantId, customer.WalletId, cancellationToken)).CurrentBalance;
        }

        var tenant = _customers[0].TenantId;
        var caller = await run.NewCallerAsync(_ => run.TenantUser(tenant), cancellationToken);
        var random = Enumerable.Range(0, caller.Copies).Select(c => run.RandomFor(index, c)).ToArray();
        return Scenario.Create(Name, async context =>
        {
            var copy = context.ScenarioInfo.InstanceNumber;
            var customer = _customers[random[copy].Below(_customers.Length)];
            var path = string.Create(CultureInfo.InvariantCulture, $"eclipse-conductor/rest/v1/tenants/{customer.TenantId}/customers/{customer.CustomerId}/payments");
            var body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $$"""{"externalUniqueId":"{{run.NewKey()}}","paymentData":"20_1248_1247","type":"GLOBAL_VAS","additionalFields":[{"id":"msisdn","value":"772216623"},{"id":"meterNumber","value":"21500123456"}],"amount":180,"currency":"BWP","walletId":{{customer.WalletId}}}"""));
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
        var charged = 0m;
        foreach (var customer in _customers)
        {
            charged += _before[customer.WalletId] - (await run.Admin.WalletAsync(customer.TenantId, customer.WalletId, cancellationToken)).CurrentBalance;
        }

        var accepted = Interlocked.Read(ref _accepted);
        var charges = charged / Charge;
        var whole = charged >= 0 && charges == decimal.Truncate(charges) && charges <= accepted;
        return
        [
            ReportSection.Check("VAS: no payment charged twice, no money created", whole,
                ("accepted payments", accepted.ToString(CultureInfo.InvariantCulture)),
                ("charged (BWP)", charged.ToString("0.00", CultureInfo.InvariantCulture)),
                ("settled charges of 184.00", charges.ToString("0.##", CultureInfo.InvariantCulture)),
                ("accepted but reversed or unfinished", (accepted - charges).ToString("0.##", CultureInfo.InvariantCulture))),
        ];
    }
}
