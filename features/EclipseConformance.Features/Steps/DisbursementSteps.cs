using System.Collections.Concurrent;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>A global integrator paying customers on other tenants through the standard transfer API.</summary>
[Binding]
public sealed class DisbursementSteps(EclipseApi api, PayrollContext payroll)
{
    private long IntegratorTenant => api.Seed.GlobalIntegrator.TenantId;

    private long ZarWallet => api.Seed.GlobalIntegrator.Wallets.Single(w => w.Currency == "ZAR").WalletId;

    [Given("the walletIds of the seeded family, found once with the customer wallet lookup and stored")]
    public async Task StoreFamilyWallets()
    {
        var integrator = await api.AsAsync(Role.GlobalIntegrator);
        var family = api.Seed.CapFamily;
        var found = await integrator.GetAsync($"global/wallets?lastName={Uri.EscapeDataString(family.LastName)}&phone={family.Phone}&transferable=true");
        found.Code.Should().Be(200, found.Text);
        payroll.Stored.AddRange(found.Json!.AsArray()
            .Where(r => r!["currency"]!.GetValue<string>() == "ZAR")
            .Select(r => new StoredWallet(r!["tenantId"]!.GetValue<long>(), r["walletId"]!.GetValue<long>())));
        payroll.Stored.Should().NotBeEmpty();
        payroll.Stored.Should().OnlyContain(s => s.TenantId != IntegratorTenant, "the family lives on other tenants");
        payroll.DisbursementBefore = await BalanceAsync(IntegratorTenant, ZarWallet);
    }

    [When("I pay {decimal} from my ZAR disbursement wallet to each of {int} stored wallets")]
    public async Task PayEach(decimal amount, int count)
    {
        foreach (var wallet in payroll.Stored.Take(count))
        {
            payroll.BalancesBefore[wallet.WalletId] = await BalanceAsync(wallet.TenantId, wallet.WalletId);
            await PayAsync(wallet, amount, Guid.NewGuid().ToString());
        }
    }

    [When("I run a payroll of {int} payments of {decimal} to the stored wallets, each with a new GUID as externalUniqueId")]
    public async Task RunPayroll(int count, decimal amount)
    {
        var lines = Enumerable.Range(0, count).Select(i => (Wallet: payroll.Stored[i % payroll.Stored.Count], Key: Guid.NewGuid().ToString())).ToList();
        var made = new ConcurrentBag<Payment>();
        await Parallel.ForEachAsync(lines, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (line, _) =>
            made.Add(await SendAsync(line.Wallet, amount, line.Key)));
        payroll.Payments.AddRange(made);
    }

    [When("I pay {decimal} from my ZAR disbursement wallet to a customer wallet in BWP")]
    public async Task PayInOtherCurrency(decimal amount)
    {
        var bwp = api.Seed.SampleCustomers.First(c => c.Currency == "BWP");
        await PayAsync(new StoredWallet(bwp.TenantId, bwp.WalletId), amount, Guid.NewGuid().ToString());
    }

    [When("the tenant API user pays {decimal} from its funded wallet to a stored wallet on the other tenant")]
    public async Task TenantUserPays(decimal amount)
    {
        var tenant = api.Seed.Tenants[0];
        var target = payroll.Stored.First(s => s.TenantId != tenant.TenantId);
        payroll.Target = target;
        payroll.BalancesBefore[target.WalletId] = await BalanceAsync(target.TenantId, target.WalletId);
        var client = await api.AsAsync(Role.TenantApiUser);
        await api.RememberAsync(client.PostAsync($"tenants/{tenant.TenantId}/wallets/transfers", new
        {
            fromWalletId = tenant.WalletIds[0],
            toWalletId = target.WalletId,
            amount,
            description = "not allowed",
            externalUniqueId = Guid.NewGuid().ToString(),
        }));
    }

    [Then("every payment succeeds")]
    public void EverySucceeds() =>
        payroll.Payments.Should().NotBeEmpty().And.OnlyContain(p => p.Response.Code >= 200 && p.Response.Code < 300);

    [Then("each of those stored wallets received {decimal}")]
    public async Task EachReceived(decimal amount)
    {
        foreach (var payment in payroll.Payments)
        {
            (await BalanceAsync(payment.To.TenantId, payment.To.WalletId)).Should().Be(payroll.BalancesBefore[payment.To.WalletId] + amount);
        }
    }

    [Then("that stored wallet received {decimal}")]
    public async Task TargetReceived(decimal amount) =>
        (await BalanceAsync(payroll.Target!.TenantId, payroll.Target.WalletId)).Should().Be(payroll.BalancesBefore[payroll.Target.WalletId] + amount);

    [Then("querying my ZAR disbursement wallet's transactions by each externalUniqueId finds exactly that payment")]
    public async Task Reconciled()
    {
        var integrator = await api.AsAsync(Role.GlobalIntegrator);
        var mismatches = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(payroll.Payments, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (payment, _) =>
        {
            var found = await integrator.GetAsync($"tenants/{IntegratorTenant}/wallets/{ZarWallet}/transactions?externalUniqueId={payment.ExternalUniqueId}");
            var items = found.Json?.AsArray();
            if (items is not { Count: 1 } || items[0]!["amount"]!.GetValue<decimal>() != -payment.Amount
                || items[0]!["otherWalletId"]!.GetValue<long>() != payment.To.WalletId)
            {
                mismatches.Add($"{payment.ExternalUniqueId}: {found.Text}");
            }
        });
        mismatches.Should().BeEmpty();
    }

    [Then("my ZAR disbursement wallet went down by {decimal}")]
    public async Task WentDownBy(decimal amount) =>
        (await BalanceAsync(IntegratorTenant, ZarWallet)).Should().Be(payroll.DisbursementBefore - amount);

    private async Task PayAsync(StoredWallet to, decimal amount, string key)
    {
        var payment = await SendAsync(to, amount, key);
        payroll.Payments.Add(payment);
        api.Last = payment.Response;
    }

    private async Task<Payment> SendAsync(StoredWallet to, decimal amount, string key)
    {
        var integrator = await api.AsAsync(Role.GlobalIntegrator);
        var response = await integrator.PostAsync($"tenants/{IntegratorTenant}/wallets/transfers", new
        {
            fromWalletId = ZarWallet,
            toWalletId = to.WalletId,
            amount,
            description = "Payroll",
            externalUniqueId = key,
        });
        return new Payment(to, amount, key, response);
    }

    private async Task<decimal> BalanceAsync(long tenantId, long walletId)
    {
        var admin = await api.AsAsync(Role.Administrator);
        var wallet = await admin.GetAsync($"tenants/{tenantId}/wallets/{walletId}");
        wallet.Code.Should().Be(200, wallet.Text);
        return wallet.Json!["currentBalance"]!.GetValue<decimal>();
    }
}
