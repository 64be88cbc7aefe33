using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Transfers;

/// <summary>Each rejection rule: the status, the envelope code, and that balances and transaction lists are unchanged.</summary>
public class TransferRejectionTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private async Task AssertRejectedAsync(EclipseClient client, long tenant, long from, long to, object body, int status, string code, string because)
    {
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var fromBefore = await probe.SnapshotAsync(from == 987654321 ? tenant : TenantOf(from), from == 987654321 ? engine.Seed.Tenants[0].WalletIds[0] : from);
        var toBefore = await probe.SnapshotAsync(to == 987654321 ? tenant : TenantOf(to), to == 987654321 ? engine.Seed.Tenants[0].WalletIds[0] : to);

        var response = await client.PostAsync($"tenants/{tenant}/wallets/transfers", body);
        response.Code.Should().Be(status, because + ": " + response.Text);
        response.IsEnvelope().Should().BeTrue(because);
        response.ErrorCode.Should().Be(code, because);

        (await probe.SnapshotAsync(from == 987654321 ? tenant : TenantOf(from), from == 987654321 ? engine.Seed.Tenants[0].WalletIds[0] : from)).Should().Be(fromBefore, because);
        (await probe.SnapshotAsync(to == 987654321 ? tenant : TenantOf(to), to == 987654321 ? engine.Seed.Tenants[0].WalletIds[0] : to)).Should().Be(toBefore, because);
    }

    private long TenantOf(long walletId) =>
        engine.Seed.Tenants.FirstOrDefault(t => t.WalletIds.Contains(walletId) || t.FloatWalletId == walletId)?.TenantId
        ?? engine.Seed.SampleCustomers.FirstOrDefault(c => c.WalletId == walletId)?.TenantId
        ?? engine.Seed.GlobalIntegrator.TenantId;

    private static object Body(long from, long to, decimal amount, string? key = null) =>
        new { fromWalletId = from, toWalletId = to, amount, description = "rejection test", externalUniqueId = key ?? Guid.NewGuid().ToString() };

    private SeedCustomers Customers(int tenantIndex) => new(engine.Seed.SampleCustomers.Where(c => c.TenantId == engine.Seed.Tenants[tenantIndex].TenantId).ToList());

    private sealed record SeedCustomers(List<EclipseConformance.Engine.DemoWorld.SeedDocument.Customer> All)
    {
        public long Wallet(int i) => All[i].WalletId;
    }

    [Fact]
    public async Task Insufficient_funds_is_rejected_and_changes_nothing()
    {
        using var client = await engine.LoginTenantAsync();
        var c = Customers(0);
        await AssertRejectedAsync(client, engine.Seed.Tenants[0].TenantId, c.Wallet(0), c.Wallet(1), Body(c.Wallet(0), c.Wallet(1), 999_999_999m), 400, "IAE001", "insufficient funds");
    }

    [Fact]
    public async Task An_unknown_wallet_is_rejected_and_changes_nothing()
    {
        using var client = await engine.LoginTenantAsync();
        var t = engine.Seed.Tenants[0];
        await AssertRejectedAsync(client, t.TenantId, t.WalletIds[0], 987654321, Body(t.WalletIds[0], 987654321, 1m), 404, "ARCH086", "unknown destination");
    }

    [Fact]
    public async Task An_inactive_wallet_is_rejected_and_changes_nothing()
    {
        using var client = await engine.LoginTenantAsync();
        var t = engine.Seed.Tenants[0];
        var customer = await client.PostAsync($"tenants/{t.TenantId}/customers", new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Ina", lastName = "Ctive" });
        var wallet = await client.PostAsync($"tenants/{t.TenantId}/customers/{customer.Json!["customerId"]}/wallets", new { status = "INACTIVE" });
        var inactive = wallet.Json!["walletId"]!.GetValue<long>();
        await AssertRejectedAsync(client, t.TenantId, t.WalletIds[0], t.WalletIds[0], Body(t.WalletIds[0], inactive, 1m), 400, "IAE001", "inactive destination");
    }

    [Fact]
    public async Task A_currency_mismatch_is_rejected_and_changes_nothing()
    {
        using var admin = await engine.LoginAdminAsync();
        var za = engine.Seed.Tenants[0];
        var bw = engine.Seed.Tenants.First(t => t.Currency == "BWP");
        await AssertRejectedAsync(admin, za.TenantId, za.WalletIds[0], bw.WalletIds[0], Body(za.WalletIds[0], bw.WalletIds[0], 1m), 400, "IAE001", "ZAR to BWP");
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(-5, "negative")]
    [InlineData(0.0000000001, "ten decimals")]
    [InlineData(1000000000.5, "over the maximum")]
    public async Task A_bad_amount_is_rejected_and_changes_nothing(decimal amount, string why)
    {
        using var client = await engine.LoginTenantAsync();
        var c = Customers(0);
        await AssertRejectedAsync(client, engine.Seed.Tenants[0].TenantId, c.Wallet(0), c.Wallet(1), Body(c.Wallet(0), c.Wallet(1), amount), 400, "VAL001", why);
    }

    [Fact]
    public async Task The_same_source_and_destination_is_rejected_and_changes_nothing()
    {
        using var client = await engine.LoginTenantAsync();
        var c = Customers(0);
        await AssertRejectedAsync(client, engine.Seed.Tenants[0].TenantId, c.Wallet(0), c.Wallet(0), Body(c.Wallet(0), c.Wallet(0), 1m), 400, "VAL001", "same wallet");
    }

    [Fact]
    public async Task A_customer_cannot_spend_from_another_customers_wallet()
    {
        var me = engine.Seed.SampleCustomers.First(c => c.Identity is not null);
        var other = engine.Seed.SampleCustomers.First(c => c.TenantId == me.TenantId && c.CustomerId != me.CustomerId);
        using var client = await engine.LoginAsync(me.Identity!, me.Password!);
        await AssertRejectedAsync(client, me.TenantId, other.WalletId, me.WalletId, Body(other.WalletId, me.WalletId, 1m), 403, "SEC001", "someone else's wallet");
    }

    [Fact]
    public async Task A_tenant_user_cannot_pay_into_another_tenant()
    {
        using var client = await engine.LoginTenantAsync(0);
        var t0 = engine.Seed.Tenants[0];
        var t1 = engine.Seed.Tenants[1];
        await AssertRejectedAsync(client, t0.TenantId, t0.WalletIds[0], t1.WalletIds[0], Body(t0.WalletIds[0], t1.WalletIds[0], 1m), 403, "SEC001", "cross-tenant");
    }

    [Fact]
    public async Task IgnoreLimits_needs_a_privileged_role()
    {
        using var client = await engine.LoginTenantAsync();
        var c = Customers(0);
        var body = new { fromWalletId = c.Wallet(0), toWalletId = c.Wallet(1), amount = 1m, description = "x", externalUniqueId = Guid.NewGuid().ToString(), ignoreLimits = true };
        await AssertRejectedAsync(client, engine.Seed.Tenants[0].TenantId, c.Wallet(0), c.Wallet(1), body, 403, "SEC001", "ignoreLimits");
    }

    [Theory]
    [InlineData("""{"toWalletId":1,"amount":1,"description":"x","externalUniqueId":"abcdefgh"}""", "fromWalletId is required")]
    [InlineData("""{"fromWalletId":1,"toWalletId":2,"amount":1,"description":"x"}""", "externalUniqueId is required")]
    [InlineData("""{"fromWalletId":1,"toWalletId":2,"amount":1,"description":"x","externalUniqueId":"abc"}""", "externalUniqueId must be 6-200")]
    [InlineData("""{"fromWalletId":1,"toWalletId":2,"amount":1,"externalUniqueId":"abcdefgh"}""", "description is required")]
    [InlineData("""{"fromWalletId":1,"toWalletId":2,"description":"x","externalUniqueId":"abcdefgh"}""", "amount is required")]
    public async Task Missing_or_invalid_fields_are_VAL001(string body, string expected)
    {
        using var client = await engine.LoginTenantAsync();
        var response = await client.SendRawAsync(HttpMethod.Post, $"tenants/{engine.Seed.Tenants[0].TenantId}/wallets/transfers", body);
        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("VAL001");
        response.Error["description"]!.GetValue<string>().Should().Contain(expected);
    }

    [Theory]
    [InlineData("""{"fromWalletId":1,"toWalletId":2,"amount":"1","description":"x","externalUniqueId":"abcdefgh"}""")]
    [InlineData("""{"fromWalletId":1,"toWalletId":2,"amount":"NaN","description":"x","externalUniqueId":"abcdefgh"}""")]
    [InlineData("""{"fromWalletId":1,"toWalletId":2,"amount":1e999,"description":"x","externalUniqueId":"abcdefgh"}""")]
    [InlineData("""{"fromWalletId":"one","toWalletId":2,"amount":1,"description":"x","externalUniqueId":"abcdefgh"}""")]
    [InlineData("""{"fromWalletId":1,"toWalletId":2,"amount":1,"amount":2,"description":"x","externalUniqueId":"abcdefgh"}""")]
    public async Task Wrong_types_and_hostile_numbers_are_JPE001(string body)
    {
        using var client = await engine.LoginTenantAsync();
        var response = await client.SendRawAsync(HttpMethod.Post, $"tenants/{engine.Seed.Tenants[0].TenantId}/wallets/transfers", body);
        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("JPE001");
    }
}
