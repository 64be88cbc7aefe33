using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Withdrawals;

/// <summary>The same rules on PostgreSQL, where the per-phone advisory lock (not a database-wide write lock) serialises the limit.</summary>
public class PostgresWithdrawalTests(PostgresWithdrawalEngine engine) : IClassFixture<PostgresWithdrawalEngine>
{
    private readonly WithdrawalWorld _world = new(engine);

    [Fact]
    public async Task Concurrent_requests_for_one_phone_cannot_together_pass_the_limit_on_PostgreSQL()
    {
        PostgresTestServer.SkipIfUnavailable();
        await LimitRace.RunAsync(_world);
    }

    [Fact]
    public async Task Create_redeem_cancel_and_expire_keep_the_ledger_balanced_on_PostgreSQL()
    {
        PostgresTestServer.SkipIfUnavailable();
        var wallet = await _world.CustomerWalletAsync(1_000m);
        var redeemed = await _world.CreatePendingAsync(wallet, 100m, WithdrawalWorld.NewPhone());
        var cancelled = await _world.CreatePendingAsync(wallet, 200m, WithdrawalWorld.NewPhone());
        var expired = await _world.CreatePendingAsync(wallet, 300m);
        using var sim = engine.SimulatorAdmin();
        (await sim.PostAsync($"/sim/v1/withdrawals/{redeemed.WithdrawalId}/redeem", new { token = redeemed.Token })).Code.Should().Be(200);
        using var tenant = await engine.LoginTenantAsync();
        (await tenant.DeleteAsync($"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals/{cancelled.WithdrawalId}")).Code.Should().Be(200);
        await _world.AdvanceAsync(TimeSpan.FromDays(7));

        (await _world.StatusAsync(wallet, expired.WithdrawalId)).Should().Be("TIMEOUT");
        var snapshot = await _world.SnapshotAsync(wallet);
        (snapshot.Current, snapshot.Available).Should().Be((900m, 900m));
        (await _world.InvariantsHoldAsync()).Should().BeTrue();
    }
}
