using System.Collections.Concurrent;
using System.Globalization;
using EclipseConformance.Engine.Tests.Rules;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Lookup;

/// <summary>S-GI "Wallet Transfer to Customer" and "Integrator Wallet Enquiry" through the standard tenant APIs.</summary>
public class DisbursementTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private long IntegratorTenant => engine.Seed.GlobalIntegrator.TenantId;

    private long ZarWallet => engine.Seed.GlobalIntegrator.Wallets.Single(w => w.Currency == "ZAR").WalletId;

    private string TransfersPath => $"tenants/{IntegratorTenant}/wallets/transfers";

    private static string Key() => Guid.NewGuid().ToString();

    [Fact]
    public async Task The_integrator_pays_a_customer_of_another_tenant_found_by_lookup_and_reconciles_by_externalUniqueId()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var payee = engine.Seed.SampleCustomers.First(c => c.TenantId == 1002 && c.Currency == "ZAR");
        var records = await integrator.RecordsAsync(("nationalIdentityNumber", payee.NationalIdentityNumber), ("phone", payee.Phone));
        var walletId = records.Should().ContainSingle(r => r!["tenantId"]!.GetValue<long>() == payee.TenantId).Subject!["walletId"]!.GetValue<long>();
        var before = await probe.SnapshotAsync(payee.TenantId, walletId);
        var key = Key();

        var paid = await integrator.PostAsync(TransfersPath, new { fromWalletId = ZarWallet, toWalletId = walletId, amount = 1234.56m, description = "March salary", externalUniqueId = key });

        paid.Code.Should().Be(204, paid.Text);
        (await probe.SnapshotAsync(payee.TenantId, walletId)).Current.Should().Be(before.Current + 1234.56m);
        var debit = (await integrator.GetAsync($"tenants/{IntegratorTenant}/wallets/{ZarWallet}/transactions?externalUniqueId={key}")).Json!.AsArray()
            .Should().ContainSingle().Subject!;
        debit["amount"]!.GetValue<decimal>().Should().Be(-1234.56m);
        debit["otherWalletId"]!.GetValue<long>().Should().Be(walletId);
        debit["externalUniqueId"]!.GetValue<string>().Should().Be(key);
    }

    [Fact]
    public async Task A_payroll_of_1000_transfers_to_stored_walletIds_is_reconciled_one_by_one()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);

        // Found once through the lookup and stored, as S-GI advises, not searched for on every payroll run.
        var family = engine.Seed.CapFamily;
        var stored = (await integrator.RecordsAsync(("lastName", family.LastName), ("phone", family.Phone)))
            .Where(r => r!["currency"]!.GetValue<string>() == "ZAR" && r["transferable"]!.GetValue<bool>())
            .Select(r => (Tenant: r!["tenantId"]!.GetValue<long>(), Wallet: r["walletId"]!.GetValue<long>()))
            .ToList();
        stored.Select(s => s.Tenant).Distinct().Should().BeEquivalentTo([1001L, 1002L], "the payroll pays into two other tenants");
        var lines = Enumerable.Range(0, 1_000)
            .Select(i => (stored[i % stored.Count].Tenant, stored[i % stored.Count].Wallet, Amount: 100m + (i % 50) + 0.25m, Key: Key()))
            .ToList();
        var integratorBefore = await probe.SnapshotAsync(IntegratorTenant, ZarWallet);
        var sample = stored.Take(3).ToList();
        var sampleBefore = new Dictionary<long, decimal>();
        foreach (var (tenant, wallet) in sample)
        {
            sampleBefore[wallet] = (await probe.SnapshotAsync(tenant, wallet)).Current;
        }

        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => engine.LoginIntegratorAsync()));
        var statuses = new ConcurrentBag<int>();
        await Parallel.ForEachAsync(lines.Select((l, i) => (l, i)), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (x, _) =>
        {
            var (line, i) = x;
            var response = await clients[i % clients.Length].PostAsync(TransfersPath, new
            {
                fromWalletId = ZarWallet,
                toWalletId = line.Wallet,
                amount = line.Amount,
                description = "Payroll " + i.ToString(CultureInfo.InvariantCulture),
                externalUniqueId = line.Key,
            });
            statuses.Add(response.Code);
        });

        statuses.Should().HaveCount(1_000).And.OnlyContain(s => s == 204);
        var missing = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(lines, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (line, _) =>
        {
            var found = (await integrator.GetAsync($"tenants/{IntegratorTenant}/wallets/{ZarWallet}/transactions?externalUniqueId={line.Key}")).Json!.AsArray();
            if (found.Count != 1 || found[0]!["amount"]!.GetValue<decimal>() != -line.Amount || found[0]!["otherWalletId"]!.GetValue<long>() != line.Wallet)
            {
                missing.Add(line.Key);
            }
        });

        missing.Should().BeEmpty("every payroll line is found exactly once by its externalUniqueId, with its amount and payee");
        (await probe.SnapshotAsync(IntegratorTenant, ZarWallet)).Current.Should().Be(integratorBefore.Current - lines.Sum(l => l.Amount));
        foreach (var (tenant, wallet) in sample)
        {
            (await probe.SnapshotAsync(tenant, wallet)).Current.Should().Be(sampleBefore[wallet] + lines.Where(l => l.Wallet == wallet).Sum(l => l.Amount));
        }

        (await probe.InvariantsAsync(engine.SimulatorAdmin()))["ok"]!.GetValue<bool>().Should().BeTrue();
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Paying_a_wallet_in_another_currency_is_refused_and_changes_nothing()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var bwp = engine.Seed.SampleCustomers.First(c => c.Currency == "BWP");
        var before = await probe.SnapshotAsync(IntegratorTenant, ZarWallet);

        var refused = await integrator.PostAsync(TransfersPath, new { fromWalletId = ZarWallet, toWalletId = bwp.WalletId, amount = 10m, description = "wrong currency", externalUniqueId = Key() });

        refused.Code.Should().Be(400);
        refused.ErrorCode.Should().Be("IAE001");
        (await probe.SnapshotAsync(IntegratorTenant, ZarWallet)).Should().Be(before);
        var bwpWallet = engine.Seed.GlobalIntegrator.Wallets.Single(w => w.Currency == "BWP").WalletId;
        (await integrator.PostAsync(TransfersPath, new { fromWalletId = bwpWallet, toWalletId = bwp.WalletId, amount = 10m, description = "right currency", externalUniqueId = Key() }))
            .Code.Should().Be(204, "the integrator pays BWP wallets from its BWP wallet");
    }

    [Fact]
    public async Task A_tenant_user_cannot_pay_into_another_tenant_and_nothing_changes()
    {
        using var tenant = await engine.LoginTenantAsync(0);
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var from = engine.Seed.Tenants[0];
        var payee = engine.Seed.SampleCustomers.First(c => c.TenantId == engine.Seed.Tenants[1].TenantId);
        var before = await probe.SnapshotAsync(from.TenantId, from.WalletIds[0]);

        var refused = await tenant.PostAsync($"tenants/{from.TenantId}/wallets/transfers",
            new { fromWalletId = from.WalletIds[0], toWalletId = payee.WalletId, amount = 10m, description = "cross tenant", externalUniqueId = Key() });

        refused.Code.Should().Be(403);
        refused.IsEnvelope().Should().BeTrue();
        refused.ErrorCode.Should().Be("SEC001");
        (await probe.SnapshotAsync(from.TenantId, from.WalletIds[0])).Should().Be(before);
        (await tenant.PostAsync($"tenants/{payee.TenantId}/wallets/transfers",
            new { fromWalletId = from.WalletIds[0], toWalletId = payee.WalletId, amount = 10m, description = "via their path", externalUniqueId = Key() }))
            .Code.Should().Be(403, "nor through the other tenant's path");
    }

    [Fact]
    public async Task The_integrator_cannot_pay_from_a_wallet_that_is_not_its_own()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        var foreign = engine.Seed.Tenants[0];
        var payee = engine.Seed.SampleCustomers.First(c => c.TenantId == engine.Seed.Tenants[1].TenantId);

        var refused = await integrator.PostAsync(TransfersPath,
            new { fromWalletId = foreign.WalletIds[0], toWalletId = payee.WalletId, amount = 10m, description = "not mine", externalUniqueId = Key() });

        refused.Code.Should().Be(403);
        refused.ErrorCode.Should().Be("SEC001");
    }

    [Fact]
    public async Task The_integrator_enquires_its_own_wallets_with_the_standard_API_and_no_other_tenants()
    {
        using var integrator = await engine.LoginIntegratorAsync();

        var wallet = await integrator.GetAsync($"tenants/{IntegratorTenant}/wallets/{ZarWallet}");
        wallet.Code.Should().Be(200, wallet.Text);
        wallet.Json!["walletId"]!.GetValue<long>().Should().Be(ZarWallet);
        wallet.Json["tenantId"]!.GetValue<long>().Should().Be(IntegratorTenant);
        wallet.Json["currency"]!.GetValue<string>().Should().Be("ZAR");
        wallet.Json["currentBalance"]!.GetValue<decimal>().Should().BePositive();
        wallet.Json["availableBalance"]!.GetValue<decimal>().Should().BeLessThanOrEqualTo(wallet.Json["currentBalance"]!.GetValue<decimal>());
        var listed = (await integrator.GetAsync($"tenants/{IntegratorTenant}/wallets")).Json!.AsArray().Select(w => w!["walletId"]!.GetValue<long>());
        listed.Should().Contain(engine.Seed.GlobalIntegrator.Wallets.Select(w => w.WalletId));

        var foreign = engine.Seed.SampleCustomers[0];
        (await integrator.GetAsync($"tenants/{IntegratorTenant}/wallets/{foreign.WalletId}")).Code.Should().Be(404);
        (await integrator.GetAsync($"tenants/{foreign.TenantId}/wallets/{foreign.WalletId}")).Code.Should().Be(403);
    }

    [Fact]
    public async Task A_tenant_that_does_not_accept_cross_tenant_payments_is_not_paid()
    {
        await using var isolated = new LookupFixture();
        await isolated.InitializeAsync();
        await isolated.ExecuteAsync("UPDATE tenants SET accepts_cross_tenant = 0 WHERE tenant_id = @tenantId", new { tenantId = isolated.Known.TenantId });
        using var integrator = await isolated.LoginIntegratorAsync();
        var zar = isolated.Seed.GlobalIntegrator.Wallets.Single(w => w.Currency == "ZAR").WalletId;

        var refused = await integrator.PostAsync($"tenants/{isolated.Seed.GlobalIntegrator.TenantId}/wallets/transfers",
            new { fromWalletId = zar, toWalletId = isolated.Known.WalletId, amount = 10m, description = "not accepted", externalUniqueId = Key() });

        refused.Code.Should().Be(403);
        refused.ErrorCode.Should().Be("SEC001");
    }

    [Fact]
    public async Task A_transfer_decision_rule_can_hold_back_large_integrator_payouts()
    {
        using var folder = new TempRulesFolder();
        folder.Write("payouts.yaml", """
            version: 1
            rules:
              - name: big-integrator-payouts-need-review
                on: transfer
                when: { all: ["isGlobalIntegrator", "amount > 5000"] }
                then: { action: reject, status: 400, code: IAE001, description: Payouts above 5000 need approval }
            """);
        await using var ruled = new EngineFixture { RulesDirectory = folder.Path };
        await ruled.InitializeAsync();
        using var integrator = await ruled.LoginIntegratorAsync();
        var zar = ruled.Seed.GlobalIntegrator.Wallets.Single(w => w.Currency == "ZAR").WalletId;
        var payee = ruled.Seed.SampleCustomers.First(c => c.Currency == "ZAR");
        var path = $"tenants/{ruled.Seed.GlobalIntegrator.TenantId}/wallets/transfers";

        var held = await integrator.PostAsync(path, new { fromWalletId = zar, toWalletId = payee.WalletId, amount = 5000.01m, description = "bonus", externalUniqueId = Key() });
        held.Code.Should().Be(400);
        held.Error["description"]!.GetValue<string>().Should().Be("Payouts above 5000 need approval");
        (await integrator.PostAsync(path, new { fromWalletId = zar, toWalletId = payee.WalletId, amount = 5000m, description = "salary", externalUniqueId = Key() }))
            .Code.Should().Be(204);
    }
}
