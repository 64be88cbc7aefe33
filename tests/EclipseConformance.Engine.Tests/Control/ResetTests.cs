using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Control;

public abstract class WorldResetTests<TFixture>(TFixture engine) where TFixture : EngineFixture
{
    protected abstract void SkipIfUnavailable();

    [Fact]
    public async Task A_world_reset_gives_the_same_world_with_the_same_ids_and_nothing_created_since()
    {
        SkipIfUnavailable();
        using var sim = engine.SimulatorAdmin();
        var before = (await sim.GetAsync("/sim/v1/seed")).Json!;
        using var tenant = await engine.LoginTenantAsync();
        var t = engine.Seed.Tenants[0];
        var customer = await tenant.PostAsync($"tenants/{t.TenantId}/customers", new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Temp", lastName = "Orary" });
        var customerId = customer.Json!["customerId"]!.GetValue<long>();
        (await tenant.PostAsync($"tenants/{t.TenantId}/wallets/transfers",
            new { fromWalletId = t.WalletIds[0], toWalletId = engine.Seed.SampleCustomers.First(c => c.TenantId == t.TenantId).WalletId, amount = 99m, description = "x", externalUniqueId = Guid.NewGuid().ToString() })).Code.Should().Be(204);
        var operatingBefore = (await tenant.GetAsync($"tenants/{t.TenantId}/wallets/{t.WalletIds[0]}")).Json!["currentBalance"]!.GetValue<decimal>();

        var reset = await sim.PostAsync("/sim/v1/reset", null);
        reset.Code.Should().Be(200, reset.Text);
        reset.Json!["elapsedMs"]!.GetValue<double>().Should().BePositive();

        var after = (await sim.GetAsync("/sim/v1/seed")).Json!;
        after["tenants"]!.ToJsonString().Should().Be(before["tenants"]!.ToJsonString());
        after["sampleCustomers"]!.ToJsonString().Should().Be(before["sampleCustomers"]!.ToJsonString());
        after["globalIntegrator"]!["privateKeyPem"]!.GetValue<string>().Should().Be(before["globalIntegrator"]!["privateKeyPem"]!.GetValue<string>());

        (await tenant.GetAsync($"tenants/{t.TenantId}/wallets/{t.WalletIds[0]}")).Code.Should().Be(401, "tokens issued before the reset are refused");
        using var fresh = await engine.LoginTenantAsync();
        (await fresh.GetAsync($"tenants/{t.TenantId}/customers/{customerId}")).Code.Should().Be(404);
        (await fresh.GetAsync($"tenants/{t.TenantId}/wallets/{t.WalletIds[0]}")).Json!["currentBalance"]!.GetValue<decimal>().Should().Be(operatingBefore + 99m);
        (await sim.GetAsync("/sim/v1/ledger/invariants")).Json!["ok"]!.GetValue<bool>().Should().BeTrue();
    }
}

public sealed class SqliteWorldResetTests(EngineFixture engine) : WorldResetTests<EngineFixture>(engine), IClassFixture<EngineFixture>
{
    protected override void SkipIfUnavailable()
    {
    }
}

public sealed class PostgresWorldResetTests(PostgresEngineFixture engine) : WorldResetTests<PostgresEngineFixture>(engine), IClassFixture<PostgresEngineFixture>
{
    protected override void SkipIfUnavailable() => PostgresTestServer.SkipIfUnavailable();
}

public class TenantResetTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static decimal Balance(ApiResponse wallet) => wallet.Json!["currentBalance"]!.GetValue<decimal>();

    [Fact]
    public async Task A_tenant_reset_restores_that_tenant_and_leaves_other_tenants_and_the_integrator_alone()
    {
        using var sim = engine.SimulatorAdmin();
        using var admin = await engine.LoginAdminAsync();
        using var tenant = await engine.LoginTenantAsync(0);
        using var other = await engine.LoginTenantAsync(1);
        using var integrator = await engine.LoginIntegratorAsync();
        var t0 = engine.Seed.Tenants[0];
        var t1 = engine.Seed.Tenants[1];
        var gi = engine.Seed.GlobalIntegrator;
        var customerWallet = engine.Seed.SampleCustomers.First(c => c.TenantId == t0.TenantId).WalletId;
        var otherCustomerWallet = engine.Seed.SampleCustomers.First(c => c.TenantId == t1.TenantId).WalletId;
        var operatingSeed = Balance(await admin.GetAsync($"tenants/{t0.TenantId}/wallets/{t0.WalletIds[0]}"));
        var customerSeed = Balance(await admin.GetAsync($"tenants/{t0.TenantId}/wallets/{customerWallet}"));

        // Activity in tenant 0: a transfer, a payroll payment from the integrator, a new customer with money, a config item.
        (await tenant.PostAsync($"tenants/{t0.TenantId}/wallets/transfers", new { fromWalletId = t0.WalletIds[0], toWalletId = customerWallet, amount = 250m, description = "x", externalUniqueId = Guid.NewGuid().ToString() })).Code.Should().Be(204);
        (await integrator.PostAsync($"tenants/{gi.TenantId}/wallets/transfers", new { fromWalletId = gi.WalletId, toWalletId = customerWallet, amount = 40m, description = "payroll", externalUniqueId = Guid.NewGuid().ToString() })).Code.Should().Be(204);
        var created = await tenant.PostAsync($"tenants/{t0.TenantId}/customers", new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "New", lastName = "Comer" });
        var newCustomer = created.Json!["customerId"]!.GetValue<long>();
        var newWallet = (await tenant.PostAsync($"tenants/{t0.TenantId}/customers/{newCustomer}/wallets", new { })).Json!["walletId"]!.GetValue<long>();
        (await sim.PostAsync($"/sim/v1/wallets/{newWallet}/fund", new { amount = 77m })).Code.Should().Be(200);
        // Activity in tenant 1 that must survive.
        (await other.PostAsync($"tenants/{t1.TenantId}/wallets/transfers", new { fromWalletId = t1.WalletIds[0], toWalletId = otherCustomerWallet, amount = 13m, description = "x", externalUniqueId = Guid.NewGuid().ToString() })).Code.Should().Be(204);
        var otherAfterActivity = Balance(await admin.GetAsync($"tenants/{t1.TenantId}/wallets/{otherCustomerWallet}"));
        var integratorAfterActivity = Balance(await admin.GetAsync($"tenants/{gi.TenantId}/wallets/{gi.WalletId}"));

        var reset = await sim.PostAsync($"/sim/v1/reset?tenantId={t0.TenantId}", null);
        reset.Code.Should().Be(200, reset.Text);
        reset.Json!["walletsRestored"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(3);
        reset.Json["customersDeactivated"]!.GetValue<int>().Should().Be(1);

        Balance(await admin.GetAsync($"tenants/{t0.TenantId}/wallets/{t0.WalletIds[0]}")).Should().Be(operatingSeed);
        Balance(await admin.GetAsync($"tenants/{t0.TenantId}/wallets/{customerWallet}")).Should().Be(customerSeed);
        var swept = await admin.GetAsync($"tenants/{t0.TenantId}/wallets/{newWallet}");
        Balance(swept).Should().Be(0m);
        swept.Json!["status"]!.GetValue<string>().Should().Be("INACTIVE");
        (await admin.GetAsync($"tenants/{t0.TenantId}/customers/{newCustomer}")).Json!["status"]!.GetValue<string>().Should().Be("INACTIVE");
        Balance(await admin.GetAsync($"tenants/{t1.TenantId}/wallets/{otherCustomerWallet}")).Should().Be(otherAfterActivity);
        Balance(await admin.GetAsync($"tenants/{gi.TenantId}/wallets/{gi.WalletId}")).Should().Be(integratorAfterActivity);
        (await sim.GetAsync("/sim/v1/ledger/invariants")).Json!["ok"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task A_tenant_reset_cancels_pending_withdrawals_and_releases_their_reservations()
    {
        using var sim = engine.SimulatorAdmin();
        using var admin = await engine.LoginAdminAsync();
        var t0 = engine.Seed.Tenants[0];
        using var tenant = await engine.LoginTenantAsync(0);
        var created = await tenant.PostAsync($"tenants/{t0.TenantId}/wallets/{t0.WalletIds[0]}/withdrawals",
            new { amount = 300m, type = "ZA_PAYCORP_ATM", externalUniqueId = Guid.NewGuid().ToString(), description = "reset me", deliverToPhone = "27821234567" });
        created.Code.Should().Be(200, created.Text);
        var withdrawalId = created.Json!["withdrawalId"]!.GetValue<long>();
        (await admin.GetAsync($"tenants/{t0.TenantId}/wallets/{t0.WalletIds[0]}")).Json!["reservations"]!.GetValue<decimal>().Should().BeGreaterThanOrEqualTo(300m);

        (await sim.PostAsync($"/sim/v1/reset?tenantId={t0.TenantId}", null)).Code.Should().Be(200);

        var after = await admin.GetAsync($"tenants/{t0.TenantId}/wallets/{t0.WalletIds[0]}/withdrawals/{withdrawalId}");
        after.Json!["status"]!.GetValue<string>().Should().Be("CANCELLED");
        (await admin.GetAsync($"tenants/{t0.TenantId}/wallets/{t0.WalletIds[0]}")).Json!["reservations"]!.GetValue<decimal>().Should().Be(0m);
        (await sim.GetAsync("/sim/v1/ledger/invariants")).Json!["ok"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Resetting_an_unknown_tenant_is_404()
    {
        using var sim = engine.SimulatorAdmin();
        (await sim.PostAsync("/sim/v1/reset?tenantId=424242", null)).Code.Should().Be(404);
    }
}
