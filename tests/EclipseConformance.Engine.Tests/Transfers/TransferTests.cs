using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Transfers;

public class TransferTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static string Key() => Guid.NewGuid().ToString();

    private (long Tenant, long From, long To) TwoWalletsOfTenant0()
    {
        var tenant = engine.Seed.Tenants[0];
        var customers = engine.Seed.SampleCustomers.Where(c => c.TenantId == tenant.TenantId).ToList();
        return (tenant.TenantId, tenant.WalletIds[0], customers[0].WalletId);
    }

    [Fact]
    public async Task A_transfer_answers_204_moves_the_money_and_is_confirmed_by_its_externalUniqueId()
    {
        using var client = await engine.LoginTenantAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var (tenant, from, to) = TwoWalletsOfTenant0();
        var fromBefore = await probe.SnapshotAsync(tenant, from);
        var toBefore = await probe.SnapshotAsync(tenant, to);
        var key = Key();

        var response = await client.PostAsync($"tenants/{tenant}/wallets/transfers",
            new { fromWalletId = from, toWalletId = to, amount = 150.25m, description = "Payroll March", externalUniqueId = key, externalId = "batch-7" });
        response.Code.Should().Be(204, response.Text);
        response.Text.Should().BeEmpty();

        (await probe.SnapshotAsync(tenant, from)).Current.Should().Be(fromBefore.Current - 150.25m);
        (await probe.SnapshotAsync(tenant, to)).Current.Should().Be(toBefore.Current + 150.25m);
        var debit = (await probe.TransactionsAsync(tenant, from, key)).Should().ContainSingle().Subject!;
        debit["amount"]!.GetValue<decimal>().Should().Be(-150.25m);
        debit["balance"]!.GetValue<decimal>().Should().Be(fromBefore.Current - 150.25m);
        debit["otherWalletId"]!.GetValue<long>().Should().Be(to);
        debit["currency"]!.GetValue<string>().Should().Be("ZAR");
        debit["description"]!.GetValue<string>().Should().Be("Payroll March");
        debit["externalId"]!.GetValue<string>().Should().Be("batch-7");
        debit["type"]!.GetValue<string>().Should().Be("TRANSFER");
        debit["date"]!.GetValue<string>().Should().Be(engine.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        var credit = (await probe.TransactionsAsync(tenant, to, key)).Should().ContainSingle().Subject!;
        credit["amount"]!.GetValue<decimal>().Should().Be(150.25m);
        credit["otherWalletId"]!.GetValue<long>().Should().Be(from);
    }

    [Fact]
    public async Task A_repeat_with_the_same_payload_changes_nothing_and_answers_as_the_first_did()
    {
        using var client = await engine.LoginTenantAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var (tenant, from, to) = TwoWalletsOfTenant0();
        var body = new { fromWalletId = from, toWalletId = to, amount = 10m, description = "once", externalUniqueId = Key() };
        (await client.PostAsync($"tenants/{tenant}/wallets/transfers", body)).Code.Should().Be(204);
        var after = await probe.SnapshotAsync(tenant, from);

        (await client.PostAsync($"tenants/{tenant}/wallets/transfers", body)).Code.Should().Be(204);
        (await probe.SnapshotAsync(tenant, from)).Should().Be(after);
        (await probe.TransactionsAsync(tenant, from, body.externalUniqueId)).Should().HaveCount(1);
    }

    [Fact]
    public async Task The_same_key_with_a_different_payload_is_a_conflict_and_changes_nothing()
    {
        using var client = await engine.LoginTenantAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var (tenant, from, to) = TwoWalletsOfTenant0();
        var key = Key();
        (await client.PostAsync($"tenants/{tenant}/wallets/transfers", new { fromWalletId = from, toWalletId = to, amount = 10m, description = "a", externalUniqueId = key })).Code.Should().Be(204);
        var before = await probe.SnapshotAsync(tenant, from);

        var conflict = await client.PostAsync($"tenants/{tenant}/wallets/transfers", new { fromWalletId = from, toWalletId = to, amount = 11m, description = "a", externalUniqueId = key });
        conflict.Code.Should().Be(409);
        conflict.IsEnvelope().Should().BeTrue();
        conflict.ErrorCode.Should().Be("IAE002");
        (await probe.SnapshotAsync(tenant, from)).Should().Be(before);
    }

    [Fact]
    public async Task A_hundred_identical_requests_racing_apply_exactly_once()
    {
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var (tenant, from, to) = TwoWalletsOfTenant0();
        var before = await probe.SnapshotAsync(tenant, from);
        var body = new { fromWalletId = from, toWalletId = to, amount = 1.5m, description = "race", externalUniqueId = Key() };
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => engine.LoginTenantAsync()));
        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => clients[i % 4].PostAsync($"tenants/{tenant}/wallets/transfers", body)));

        responses.Should().OnlyContain(r => r.Code == 204);
        (await probe.SnapshotAsync(tenant, from)).Current.Should().Be(before.Current - 1.5m);
        (await probe.TransactionsAsync(tenant, from, body.externalUniqueId)).Should().HaveCount(1);
    }

    [Fact]
    public async Task OnlyCheck_validates_and_changes_nothing()
    {
        using var client = await engine.LoginTenantAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var (tenant, from, to) = TwoWalletsOfTenant0();
        var before = await probe.SnapshotAsync(tenant, from);
        var key = Key();
        (await client.PostAsync($"tenants/{tenant}/wallets/transfers", new { fromWalletId = from, toWalletId = to, amount = 5m, description = "check", externalUniqueId = key, onlyCheck = true }))
            .Code.Should().Be(204);
        var tooMuch = await client.PostAsync($"tenants/{tenant}/wallets/transfers", new { fromWalletId = from, toWalletId = to, amount = 900_000_000m, description = "check", externalUniqueId = Key(), onlyCheck = true });
        tooMuch.Code.Should().Be(400);
        tooMuch.ErrorCode.Should().Be("IAE001");
        (await probe.SnapshotAsync(tenant, from)).Should().Be(before);
        (await probe.TransactionsAsync(tenant, from, key)).Should().BeEmpty();
        (await client.PostAsync($"tenants/{tenant}/wallets/transfers", new { fromWalletId = from, toWalletId = to, amount = 5m, description = "check", externalUniqueId = key }))
            .Code.Should().Be(204, "a checked key is still free");
    }

    [Fact]
    public async Task The_transactions_query_filters_by_date_window_and_pages_newest_first()
    {
        await using var local = new EngineFixture();
        await local.InitializeAsync();
        using var client = await local.LoginTenantAsync();
        var tenant = local.Seed.Tenants[0].TenantId;
        var from = local.Seed.Tenants[0].WalletIds[0];
        var to = local.Seed.SampleCustomers.First(c => c.TenantId == tenant).WalletId;
        local.Clock.Advance(TimeSpan.FromMinutes(10));
        var day = local.Clock.GetUtcNow();
        var keys = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            keys.Add(Key());
            (await client.PostAsync($"tenants/{tenant}/wallets/transfers", new { fromWalletId = from, toWalletId = to, amount = 1m + i, description = "window", externalUniqueId = keys[^1] })).Code.Should().Be(204);
            local.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var window = await client.GetAsync($"tenants/{tenant}/wallets/{to}/transactions?dateFromIncl={day.AddSeconds(30):yyyy-MM-ddTHH:mm:ss.fffZ}&dateToExcl={day.AddMinutes(2).AddSeconds(30):yyyy-MM-ddTHH:mm:ss.fffZ}");
        window.Json!.AsArray().Select(t => t!["externalUniqueId"]!.GetValue<string>()).Should().Equal(keys[2], keys[1]);
        var page = await client.GetAsync($"tenants/{tenant}/wallets/{to}/transactions?limit=1&offset=1");
        page.Json!.AsArray().Should().ContainSingle().Which!["externalUniqueId"]!.GetValue<string>().Should().Be(keys[1]);
        (await client.GetAsync($"tenants/{tenant}/wallets/{to}/transactions?limit=100000")).Code.Should().Be(400);
        (await client.GetAsync($"tenants/{tenant}/wallets/{to}/transactions?dateFromIncl=yesterday")).ErrorCode.Should().Be("VAL001");
    }

    [Fact]
    public async Task The_ledger_invariants_hold_after_the_tests_transfers()
    {
        using var sim = engine.SimulatorAdmin();
        var report = await sim.GetAsync("/sim/v1/ledger/invariants");
        report.Json!["ok"]!.GetValue<bool>().Should().BeTrue(report.Text);
    }
}
