using EclipseConformance.Engine.Ledger;
using EclipseConformance.Engine.Storage;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Ledger;

public class LedgerHoldsTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private Database Db => engine.Services.GetRequiredService<Database>();

    private LedgerHolds Holds => engine.Services.GetRequiredService<LedgerHolds>();

    private async Task<T> InTransactionAsync<T>(Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, Task<T>> work)
    {
        await using var connection = await Db.OpenAsync();
        await using var tx = await Database.BeginWriteAsync(connection);
        var result = await work(connection, tx);
        await tx.CommitAsync();
        return result;
    }

    private async Task<long> NewWalletAsync(decimal funds)
    {
        using var tenant = await engine.LoginTenantAsync();
        using var sim = engine.SimulatorAdmin();
        var tenantId = engine.Seed.Tenants[0].TenantId;
        var customer = await tenant.PostAsync($"tenants/{tenantId}/customers", new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Holly", lastName = "Hold" });
        var wallet = await tenant.PostAsync($"tenants/{tenantId}/customers/{customer.Json!["customerId"]}/wallets", new { });
        var walletId = wallet.Json!["walletId"]!.GetValue<long>();
        (await sim.PostAsync($"/sim/v1/wallets/{walletId}/fund", new { amount = funds })).Code.Should().Be(200);
        return walletId;
    }

    private async Task<(decimal Current, decimal Available)> BalancesAsync(long walletId)
    {
        using var admin = await engine.LoginAdminAsync();
        var wallet = await admin.GetAsync($"tenants/{engine.Seed.Tenants[0].TenantId}/wallets/{walletId}");
        return (wallet.Json!["currentBalance"]!.GetValue<decimal>(), wallet.Json["availableBalance"]!.GetValue<decimal>());
    }

    private static long Nanos(decimal units) => (long)(units * 1_000_000_000m);

    [Fact]
    public async Task A_hold_reserves_funds_and_releasing_it_gives_them_back()
    {
        var wallet = await NewWalletAsync(100m);
        var placed = await InTransactionAsync((c, t) => Holds.PlaceAsync(c, t, wallet, Nanos(60m), "WITHDRAWAL", Guid.NewGuid().ToString(), PostingAuthority.System, default));
        placed.Status.Should().Be(HoldStatus.Ok);
        (await BalancesAsync(wallet)).Should().Be((100m, 40m));

        (await InTransactionAsync((c, t) => Holds.ReleaseAsync(c, t, placed.HoldId, default))).Status.Should().Be(HoldStatus.Ok);
        (await BalancesAsync(wallet)).Should().Be((100m, 100m));
        (await InTransactionAsync((c, t) => Holds.ReleaseAsync(c, t, placed.HoldId, default))).Status.Should().Be(HoldStatus.HoldClosed, "a hold closes once");
    }

    [Fact]
    public async Task Capturing_a_hold_settles_it_with_a_balanced_posting()
    {
        var wallet = await NewWalletAsync(100m);
        var destination = engine.Seed.Tenants[0].VasSettlementWalletId;
        var placed = await InTransactionAsync((c, t) => Holds.PlaceAsync(c, t, wallet, Nanos(30m), "WITHDRAWAL", Guid.NewGuid().ToString(), PostingAuthority.System, default));
        var settlement = PostingRequest.Transfer(PostingKind.Withdrawal, Guid.NewGuid().ToString(), null, engine.Seed.Tenants[0].TenantId, wallet, destination, Nanos(30m), PostingAuthority.System, "cash out");
        var captured = await InTransactionAsync((c, t) => Holds.CaptureAsync(c, t, placed.HoldId, settlement, default));
        captured.Status.Should().Be(HoldStatus.Ok);
        captured.PostingId.Should().BePositive();
        (await BalancesAsync(wallet)).Should().Be((70m, 70m));
        using var sim = engine.SimulatorAdmin();
        (await sim.GetAsync("/sim/v1/ledger/invariants")).Json!["ok"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task A_hold_cannot_reserve_more_than_is_available_and_a_reference_holds_once()
    {
        var wallet = await NewWalletAsync(50m);
        var reference = Guid.NewGuid().ToString();
        (await InTransactionAsync((c, t) => Holds.PlaceAsync(c, t, wallet, Nanos(50.01m), "WITHDRAWAL", reference, PostingAuthority.System, default)))
            .Status.Should().Be(HoldStatus.InsufficientFunds);
        (await InTransactionAsync((c, t) => Holds.PlaceAsync(c, t, wallet, Nanos(20m), "WITHDRAWAL", reference, PostingAuthority.System, default))).Status.Should().Be(HoldStatus.Ok);
        (await InTransactionAsync((c, t) => Holds.PlaceAsync(c, t, wallet, Nanos(20m), "WITHDRAWAL", reference, PostingAuthority.System, default)))
            .Status.Should().Be(HoldStatus.DuplicateReference);
        (await BalancesAsync(wallet)).Should().Be((50m, 30m));
    }

    [Fact]
    public async Task Reserved_funds_cannot_be_transferred_away()
    {
        var wallet = await NewWalletAsync(100m);
        await InTransactionAsync((c, t) => Holds.PlaceAsync(c, t, wallet, Nanos(80m), "WITHDRAWAL", Guid.NewGuid().ToString(), PostingAuthority.System, default));
        using var tenant = await engine.LoginTenantAsync();
        var body = new { fromWalletId = wallet, toWalletId = engine.Seed.Tenants[0].WalletIds[0], amount = 20.01m, description = "x", externalUniqueId = Guid.NewGuid().ToString() };
        var refused = await tenant.PostAsync($"tenants/{engine.Seed.Tenants[0].TenantId}/wallets/transfers", body);
        refused.Code.Should().Be(400);
        refused.ErrorCode.Should().Be("IAE001");
        (await tenant.PostAsync($"tenants/{engine.Seed.Tenants[0].TenantId}/wallets/transfers", body with { amount = 20m })).Code.Should().Be(204);
        (await BalancesAsync(wallet)).Should().Be((80m, 0m));
    }

    [Fact]
    public async Task Holds_and_transfers_racing_on_one_wallet_never_overspend()
    {
        var wallet = await NewWalletAsync(100m);
        using var tenant = await engine.LoginTenantAsync();
        var tasks = Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? InTransactionAsync((c, t) => Holds.PlaceAsync(c, t, wallet, Nanos(7m), "WITHDRAWAL", Guid.NewGuid().ToString(), PostingAuthority.System, default))
                .ContinueWith(r => r.Result.Status == HoldStatus.Ok ? 7m : 0m, TaskScheduler.Default)
            : tenant.PostAsync($"tenants/{engine.Seed.Tenants[0].TenantId}/wallets/transfers",
                    new { fromWalletId = wallet, toWalletId = engine.Seed.Tenants[0].WalletIds[0], amount = 7m, description = "race", externalUniqueId = Guid.NewGuid().ToString() })
                .ContinueWith(r => r.Result.Code == 204 ? 7m : 0m, TaskScheduler.Default)).ToList();
        var used = (await Task.WhenAll(tasks)).Sum();
        used.Should().Be(98m, "14 of 40 operations of 7 fit into 100");
        var (current, available) = await BalancesAsync(wallet);
        available.Should().Be(2m);
        using var sim = engine.SimulatorAdmin();
        (await sim.GetAsync("/sim/v1/ledger/invariants")).Json!["ok"]!.GetValue<bool>().Should().BeTrue();
        current.Should().BeGreaterThanOrEqualTo(available);
    }
}
