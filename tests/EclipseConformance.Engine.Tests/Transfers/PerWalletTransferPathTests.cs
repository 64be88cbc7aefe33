using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Transfers;

/// <summary>
/// C-GO's per-wallet transfer path <c>POST /tenants/{t}/wallets/{w}/transfers</c> (fact sheet 10; ADR 0040): the same
/// transfer with fromWalletId from the path, the same validation, idempotency and error envelope, answered 200.
/// </summary>
public class PerWalletTransferPathTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_transfer_posted_to_the_per_wallet_path_debits_the_path_wallet_answers_200_and_is_idempotent_with_the_documented_path()
    {
        using var client = await engine.LoginTenantAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var tenant = engine.Seed.Tenants[0];
        var from = tenant.WalletIds[0];
        var to = engine.Seed.SampleCustomers.First(c => c.TenantId == tenant.TenantId).WalletId;
        var fromBefore = await probe.SnapshotAsync(tenant.TenantId, from);
        var toBefore = await probe.SnapshotAsync(tenant.TenantId, to);
        var key = Guid.NewGuid().ToString();
        var body = new { toWalletId = to, amount = 42.10m, description = "Per-wallet path", externalUniqueId = key };

        var response = await client.PostAsync($"tenants/{tenant.TenantId}/wallets/{from}/transfers", body);
        response.Code.Should().Be(200, response.Text);
        response.Text.Should().BeEmpty();
        (await probe.SnapshotAsync(tenant.TenantId, from)).Current.Should().Be(fromBefore.Current - 42.10m);
        (await probe.SnapshotAsync(tenant.TenantId, to)).Current.Should().Be(toBefore.Current + 42.10m);
        (await probe.TransactionsAsync(tenant.TenantId, from, key)).Should().ContainSingle();

        (await client.PostAsync($"tenants/{tenant.TenantId}/wallets/{from}/transfers", body)).Code.Should().Be(200, "a replay answers as the first did");
        var documented = await client.PostAsync($"tenants/{tenant.TenantId}/wallets/transfers",
            new { fromWalletId = from, body.toWalletId, body.amount, body.description, body.externalUniqueId });
        documented.Code.Should().Be(204, "the same transfer through the documented path is the same idempotent transfer");
        (await probe.SnapshotAsync(tenant.TenantId, from)).Current.Should().Be(fromBefore.Current - 42.10m, "money moved once");

        var changed = await client.PostAsync($"tenants/{tenant.TenantId}/wallets/{from}/transfers", body with { amount = 43m });
        changed.Code.Should().Be(409, "the same key with a different payload is a conflict, as on the documented path");
        changed.IsEnvelope().Should().BeTrue();
    }

    [Fact]
    public async Task The_per_wallet_path_validates_like_the_documented_one_and_refuses_a_body_naming_another_source_wallet()
    {
        using var client = await engine.LoginTenantAsync();
        var tenant = engine.Seed.Tenants[0];
        var from = tenant.WalletIds[0];
        var to = engine.Seed.SampleCustomers.First(c => c.TenantId == tenant.TenantId).WalletId;

        var missing = await client.PostAsync($"tenants/{tenant.TenantId}/wallets/{from}/transfers", new { toWalletId = to, amount = 1m });
        missing.Code.Should().Be(400);
        missing.ErrorCode.Should().Be("VAL001");
        missing.Error["description"]!.GetValue<string>().Should().Contain("description").And.Contain("externalUniqueId").And.NotContain("fromWalletId");

        var other = await client.PostAsync($"tenants/{tenant.TenantId}/wallets/{from}/transfers",
            new { fromWalletId = to, toWalletId = from, amount = 1m, description = "mismatch", externalUniqueId = Guid.NewGuid().ToString() });
        other.Code.Should().Be(400);
        other.ErrorCode.Should().Be("VAL001");
        other.Error["description"]!.GetValue<string>().Should().Contain("path");

        var foreign = engine.Seed.Tenants[1].WalletIds[0];
        var refused = await client.PostAsync($"tenants/{tenant.TenantId}/wallets/{foreign}/transfers",
            new { toWalletId = to, amount = 1m, description = "not mine", externalUniqueId = Guid.NewGuid().ToString() });
        refused.Code.Should().BeOneOf([403, 404], refused.Text);
        refused.IsEnvelope().Should().BeTrue();
    }
}
