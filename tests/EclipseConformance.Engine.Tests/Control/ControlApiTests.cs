using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Control;

public class ControlApiTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task Health_is_200_when_ready_and_needs_no_credentials()
    {
        using var client = engine.Anonymous();
        var health = await client.GetAsync("/sim/v1/health");
        health.Code.Should().Be(200);
        health.Json!["status"]!.GetValue<string>().Should().Be("ready");
    }

    [Fact]
    public async Task The_seed_document_has_what_a_client_needs_to_start()
    {
        using var admin = engine.SimulatorAdmin();
        var seed = await admin.GetAsync("/sim/v1/seed");
        seed.Code.Should().Be(200);
        var json = seed.Json!;
        json["tenants"]!.AsArray().Select(t => t!["country"]!.GetValue<string>()).Should().Contain(["ZA", "BW", "KE", "UG"]);
        foreach (var tenant in json["tenants"]!.AsArray())
        {
            foreach (var field in new[] { "tenantId", "name", "country", "currency", "identity", "password", "walletIds" })
            {
                tenant![field].Should().NotBeNull(field);
            }

            json["sampleCustomers"]!.AsArray().Count(c => c!["tenantId"]!.GetValue<long>() == tenant!["tenantId"]!.GetValue<long>())
                .Should().BeGreaterThanOrEqualTo(3);
        }

        var gi = json["globalIntegrator"]!;
        gi["privateKeyPem"]!.GetValue<string>().Should().StartWith("-----BEGIN PRIVATE KEY-----");
        foreach (var field in new[] { "tenantId", "identity", "password", "walletId", "currency" })
        {
            gi[field].Should().NotBeNull(field);
        }

        json["admin"]!["identity"]!.GetValue<string>().Should().NotBeEmpty();
        foreach (var customer in json["sampleCustomers"]!.AsArray())
        {
            foreach (var field in new[] { "tenantId", "customerId", "walletId", "currency", "firstName", "lastName", "phone", "nationalIdentityNumber", "passportNumber" })
            {
                customer![field].Should().NotBeNull(field);
            }
        }
    }

    [Fact]
    public async Task The_demo_tenants_keep_their_countrys_currency_in_the_seed_their_wallets_and_their_customers()
    {
        using var admin = engine.SimulatorAdmin();
        var seed = (await admin.GetAsync("/sim/v1/seed")).Json!;
        var tenants = seed["tenants"]!.AsArray().Select(t => (
            Id: t!["tenantId"]!.GetValue<long>(), Country: t["country"]!.GetValue<string>(), Currency: t["currency"]!.GetValue<string>(), Wallet: t["walletIds"]![0]!.GetValue<long>()))
            .ToList();

        tenants.Select(t => (t.Country, t.Currency)).Distinct()
            .Should().BeEquivalentTo([("ZA", "ZAR"), ("BW", "BWP"), ("KE", "KES"), ("UG", "UGX")], "every demo tenant pays in its country's currency");
        using var global = await engine.LoginAdminAsync();
        foreach (var tenant in tenants)
        {
            var wallet = await global.GetAsync($"tenants/{tenant.Id}/wallets/{tenant.Wallet}");
            wallet.Json!["currency"]!.GetValue<string>().Should().Be(tenant.Currency, $"tenant {tenant.Id}'s funded wallet");
        }

        var currencyOf = tenants.ToDictionary(t => t.Id, t => t.Currency);
        foreach (var customer in seed["sampleCustomers"]!.AsArray().Where(c => currencyOf.ContainsKey(c!["tenantId"]!.GetValue<long>())))
        {
            customer!["currency"]!.GetValue<string>().Should().Be(currencyOf[customer["tenantId"]!.GetValue<long>()]);
        }
    }

    [Fact]
    public async Task Seeded_tenant_wallets_are_funded_so_a_client_can_transfer_at_once()
    {
        foreach (var (tenant, index) in engine.Seed.Tenants.Select((t, i) => (t, i)))
        {
            using var client = await engine.LoginTenantAsync(index);
            var wallet = await client.GetAsync($"tenants/{tenant.TenantId}/wallets/{tenant.WalletIds[0]}");
            wallet.Json!["availableBalance"]!.GetValue<decimal>().Should().BePositive();
        }
    }

    [Fact]
    public async Task The_control_plane_refuses_anyone_but_the_simulator_admin()
    {
        using var anonymous = engine.Anonymous();
        (await anonymous.GetAsync("/sim/v1/seed")).Code.Should().Be(401);
        using var tenant = await engine.LoginTenantAsync();
        (await tenant.GetAsync("/sim/v1/seed")).Code.Should().Be(403);
        using var bad = engine.Anonymous();
        bad.UseBasic(engine.Seed.Admin.Identity, "wrong");
        (await bad.GetAsync("/sim/v1/seed")).Code.Should().Be(401);
        using var admin = await engine.LoginAdminAsync();
        (await admin.GetAsync("/sim/v1/seed")).Code.Should().Be(200, "the admin's JWT carries the simulator-admin role");
    }

    [Fact]
    public async Task Funding_moves_money_from_the_tenant_float_as_a_balanced_posting()
    {
        using var sim = engine.SimulatorAdmin();
        using var admin = await engine.LoginAdminAsync();
        var customer = engine.Seed.SampleCustomers[0];
        var tenant = engine.Seed.Tenants.First(t => t.TenantId == customer.TenantId);
        decimal Balance(ApiResponse r) => r.Json!["currentBalance"]!.GetValue<decimal>();
        var walletBefore = Balance(await admin.GetAsync($"tenants/{tenant.TenantId}/wallets/{customer.WalletId}"));
        var floatBefore = Balance(await admin.GetAsync($"tenants/{tenant.TenantId}/wallets/{tenant.FloatWalletId}"));

        var funded = await sim.PostAsync($"/sim/v1/wallets/{customer.WalletId}/fund", new { amount = 123.4567890123m });
        funded.Code.Should().Be(400, "ten decimals are refused");
        funded = await sim.PostAsync($"/sim/v1/wallets/{customer.WalletId}/fund", new { amount = 123.45m });
        funded.Code.Should().Be(200, funded.Text);

        Balance(await admin.GetAsync($"tenants/{tenant.TenantId}/wallets/{customer.WalletId}")).Should().Be(walletBefore + 123.45m);
        Balance(await admin.GetAsync($"tenants/{tenant.TenantId}/wallets/{tenant.FloatWalletId}")).Should().Be(floatBefore - 123.45m);
    }

    [Fact]
    public async Task Funding_an_unknown_wallet_is_404_and_a_negative_amount_is_400()
    {
        using var sim = engine.SimulatorAdmin();
        (await sim.PostAsync("/sim/v1/wallets/987654321/fund", new { amount = 10 })).Code.Should().Be(404);
        (await sim.PostAsync($"/sim/v1/wallets/{engine.Seed.SampleCustomers[0].WalletId}/fund", new { amount = -10 })).Code.Should().Be(400);
    }
}
