using System.Globalization;
using EclipseConformance.Engine.Webhooks;
using EclipseConformance.Engine.Withdrawals;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.AtmNetwork;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Withdrawals;

/// <summary>
/// What the withdrawal tests share: customers with funded wallets, create/query calls over HTTP, balances, unique
/// phones, and waiting until the sweeper, the delivery worker and the callback dispatcher have done what is due.
/// </summary>
internal sealed class WithdrawalWorld(EngineFixture engine)
{
    private static long _phones = Random.Shared.NextInt64(1_000_000, 8_000_000);

    public EngineFixture Engine => engine;

    public long TenantId => engine.Seed.Tenants[0].TenantId;

    public long IntegratorTenantId => engine.Seed.GlobalIntegrator.TenantId;

    public long IntegratorWalletId => engine.Seed.GlobalIntegrator.WalletId;

    public SimulatorSet Simulators => engine.Services.GetRequiredService<SimulatorSet>();

    public AtmNetworkSimulator Atm => Simulators.Get<AtmNetworkSimulator>();

    /// <summary>A fresh South African mobile number (international form), never used by another test of this run.</summary>
    public static string NewPhone() => "2782" + Interlocked.Increment(ref _phones).ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The local form of an international ZA number: 27821234567 → 0821234567.</summary>
    public static string Local(string phone) => "0" + phone[2..];

    public static string NewKey() => "wd-" + Guid.NewGuid().ToString("N");

    /// <summary>A customer of tenant 0 with phone1 (or none) and a wallet funded with <paramref name="funds"/>.</summary>
    public async Task<long> CustomerWalletAsync(decimal funds, string? phone = null)
    {
        using var tenant = await engine.LoginTenantAsync();
        var customer = await tenant.PostAsync($"tenants/{TenantId}/customers", phone is null
            ? new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Thandi", lastName = "Withdraw" }
            : (object)new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Thandi", lastName = "Withdraw", phone1 = phone });
        customer.Code.Should().Be(201, customer.Text);
        var wallet = await tenant.PostAsync($"tenants/{TenantId}/customers/{customer.Json!["customerId"]}/wallets", new { });
        wallet.Code.Should().Be(201, wallet.Text);
        var walletId = wallet.Json!["walletId"]!.GetValue<long>();
        if (funds > 0)
        {
            using var sim = engine.SimulatorAdmin();
            (await sim.PostAsync($"/sim/v1/wallets/{walletId}/fund", new { amount = funds })).Code.Should().Be(200);
        }

        return walletId;
    }

    public static object Body(decimal amount, string? phone = null, string type = "ZA_PAYCORP_ATM", string? key = null, string? callbackUrl = null, string description = "Payout") =>
        new { amount, type, externalUniqueId = key ?? NewKey(), description, deliverToPhone = phone, callbackUrl };

    public static Task<ApiResponse> CreateAsync(EclipseClient client, long tenantId, long walletId, object body) =>
        client.PostAsync($"tenants/{tenantId}/wallets/{walletId}/withdrawals", body);

    /// <summary>Creates a withdrawal as the tenant's API user and expects 200 PENDING.</summary>
    public async Task<CreatedWithdrawal> CreatePendingAsync(long walletId, decimal amount, string? phone = null, string type = "ZA_PAYCORP_ATM", string? callbackUrl = null)
    {
        using var tenant = await engine.LoginTenantAsync();
        var created = await CreateAsync(tenant, TenantId, walletId, Body(amount, phone, type, callbackUrl: callbackUrl));
        created.Code.Should().Be(200, created.Text);
        created.Json!["status"]!.GetValue<string>().Should().Be("PENDING");
        return new CreatedWithdrawal(created.Json!["withdrawalId"]!.GetValue<long>(), created.Json["token"]?.GetValue<string>(), walletId);
    }

    public async Task<ApiResponse> GetAsync(long walletId, long withdrawalId, long? tenantId = null)
    {
        using var admin = await engine.LoginAdminAsync();
        return await admin.GetAsync($"tenants/{tenantId ?? TenantId}/wallets/{walletId}/withdrawals/{withdrawalId}");
    }

    public async Task<string> StatusAsync(long walletId, long withdrawalId, long? tenantId = null) =>
        (await GetAsync(walletId, withdrawalId, tenantId)).Json!["status"]!.GetValue<string>();

    public async Task<WalletSnapshot> SnapshotAsync(long walletId, long? tenantId = null)
    {
        using var admin = await engine.LoginAdminAsync();
        return await new LedgerProbe(admin).SnapshotAsync(tenantId ?? TenantId, walletId);
    }

    public async Task<bool> InvariantsHoldAsync()
    {
        using var admin = await engine.LoginAdminAsync();
        using var sim = engine.SimulatorAdmin();
        var report = await new LedgerProbe(admin).InvariantsAsync(sim);
        return report["ok"]!.GetValue<bool>();
    }

    /// <summary>Moves the engine's clock and waits until everything now due has been done.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        engine.Clock.Advance(by);
        await WaitIdleAsync();
    }

    /// <summary>
    /// Moves the clock a second at a time (at most <paramref name="steps"/> times) until the withdrawal has
    /// <paramref name="status"/>: a first attempt cut short by a slow machine is retried after 1 s.
    /// </summary>
    public async Task<string> AdvanceUntilStatusAsync(long walletId, long withdrawalId, string status, int steps = 3)
    {
        await WaitIdleAsync();
        var current = await StatusAsync(walletId, withdrawalId);
        for (var i = 0; i < steps && current != status; i++)
        {
            await AdvanceAsync(TimeSpan.FromSeconds(1));
            current = await StatusAsync(walletId, withdrawalId);
        }

        return current;
    }

    /// <summary>Nudges the sweeper, the delivery worker and the callback dispatcher and waits (real time, bounded) until all are parked.</summary>
    public async Task WaitIdleAsync()
    {
        var sweeper = engine.Services.GetRequiredService<WithdrawalSweeper>();
        var worker = engine.Services.GetRequiredService<WithdrawalDeliveryWorker>();
        var dispatcher = engine.Services.GetRequiredService<CallbackDispatcher>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        for (var round = 0; round < 2; round++)
        {
            sweeper.Nudge();
            worker.Nudge();
            engine.Services.GetRequiredService<CallbackSignal>().Nudge();
            while (!sweeper.IsIdle || !worker.IsIdle || !dispatcher.IsIdle)
            {
                await Task.Delay(5, timeout.Token);
            }
        }
    }
}
