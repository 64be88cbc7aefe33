using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Withdrawals;

public class WithdrawalLifecycleTests(WithdrawalEngine engine) : IClassFixture<WithdrawalEngine>
{
    private readonly WithdrawalWorld _world = new(engine);

    private long Float => engine.Seed.Tenants[0].FloatWalletId;

    [Fact]
    public async Task Redeeming_the_token_makes_it_SUCCESSFUL_and_moves_the_reserved_money_to_the_tenant_float()
    {
        var wallet = await _world.CustomerWalletAsync(1_000m);
        var created = await _world.CreatePendingAsync(wallet, 100m, WithdrawalWorld.NewPhone());
        var floatBefore = await _world.SnapshotAsync(Float);

        using var sim = engine.SimulatorAdmin();
        var redeemed = await sim.PostAsync($"/sim/v1/withdrawals/{created.WithdrawalId}/redeem", new { token = created.Token });

        redeemed.Code.Should().Be(200, redeemed.Text);
        redeemed.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        (await _world.StatusAsync(wallet, created.WithdrawalId)).Should().Be("SUCCESSFUL");
        var after = await _world.SnapshotAsync(wallet);
        (after.Current, after.Available).Should().Be((900m, 900m));
        (await _world.SnapshotAsync(Float)).Current.Should().Be(floatBefore.Current + 100m);
        using var admin = await engine.LoginAdminAsync();
        var key = (await _world.GetAsync(wallet, created.WithdrawalId)).Json!["externalUniqueId"]!.GetValue<string>();
        (await new LedgerProbe(admin).TransactionsAsync(_world.TenantId, wallet, key)).Should().ContainSingle()
            .Which!["amount"]!.GetValue<decimal>().Should().Be(-100m, "the settlement carries the withdrawal's externalUniqueId");
        (await _world.InvariantsHoldAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task Deleting_a_pending_withdrawal_cancels_it_and_releases_the_money_and_a_second_delete_is_refused()
    {
        var wallet = await _world.CustomerWalletAsync(500m);
        var before = await _world.SnapshotAsync(wallet);
        var created = await _world.CreatePendingAsync(wallet, 200m, WithdrawalWorld.NewPhone());
        (await _world.SnapshotAsync(wallet)).Available.Should().Be(300m);
        using var tenant = await engine.LoginTenantAsync();
        var path = $"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals/{created.WithdrawalId}";

        var cancelled = await tenant.DeleteAsync(path);

        cancelled.Code.Should().Be(200, cancelled.Text);
        cancelled.Json!["status"]!.GetValue<string>().Should().Be("CANCELLED");
        (await _world.SnapshotAsync(wallet)).Should().Be(before, "the money is available in the wallet again and nothing was posted");
        var again = await tenant.DeleteAsync(path);
        again.Code.Should().Be(409);
        again.ErrorCode.Should().Be("IAE002");
        again.Error["description"]!.GetValue<string>().Should().Contain("already CANCELLED");
        using var sim = engine.SimulatorAdmin();
        (await sim.PostAsync($"/sim/v1/withdrawals/{created.WithdrawalId}/redeem", null)).Code.Should().Be(409, "a cancelled token cannot be redeemed");
        (await _world.SnapshotAsync(wallet)).Should().Be(before);
    }

    [Fact]
    public async Task A_token_not_used_before_it_expires_times_out_on_the_engine_clock_and_the_money_is_released()
    {
        var wallet = await _world.CustomerWalletAsync(400m);
        var before = await _world.SnapshotAsync(wallet);
        var created = await _world.CreatePendingAsync(wallet, 150m, WithdrawalWorld.NewPhone());

        await _world.AdvanceAsync(TimeSpan.FromDays(6) - TimeSpan.FromMilliseconds(1));
        (await _world.StatusAsync(wallet, created.WithdrawalId)).Should().Be("PENDING", "the token is valid until its expiry");
        await _world.AdvanceAsync(TimeSpan.FromMilliseconds(1));

        (await _world.StatusAsync(wallet, created.WithdrawalId)).Should().Be("TIMEOUT");
        (await _world.SnapshotAsync(wallet)).Should().Be(before);
        using var sim = engine.SimulatorAdmin();
        var late = await sim.PostAsync($"/sim/v1/withdrawals/{created.WithdrawalId}/redeem", null);
        late.Code.Should().Be(409);
        late.Error["description"]!.GetValue<string>().Should().Contain("TIMEOUT");
    }

    [Fact]
    public async Task The_ATM_network_simulator_dispenses_for_the_right_token_and_phone_and_the_engine_authorises_it_over_HTTP()
    {
        var wallet = await _world.CustomerWalletAsync(800m);
        var phone = WithdrawalWorld.NewPhone();
        var created = await _world.CreatePendingAsync(wallet, 300m, phone);
        var before = await _world.SnapshotAsync(wallet);
        using var sim = engine.SimulatorAdmin();

        var wrongToken = await CashOutAsync(sim, created.Token == "000000" ? "111111" : "000000", phone);
        wrongToken.Status.Should().Be(404);
        wrongToken.Code.Should().Be("INVALID_TOKEN");
        var wrongPhone = await CashOutAsync(sim, created.Token!, WithdrawalWorld.NewPhone());
        wrongPhone.Status.Should().Be(403);
        wrongPhone.Code.Should().Be("PHONE_MISMATCH");
        (await _world.StatusAsync(wallet, created.WithdrawalId)).Should().Be("PENDING");
        (await _world.SnapshotAsync(wallet)).Should().Be(before, "refused attempts change nothing");

        var dispensed = await CashOutAsync(sim, created.Token!, phone);

        dispensed.Status.Should().Be(200);
        dispensed.Answer.GetProperty("status").GetString().Should().Be("DISPENSED");
        (await _world.StatusAsync(wallet, created.WithdrawalId)).Should().Be("SUCCESSFUL");
        (await _world.SnapshotAsync(wallet)).Current.Should().Be(500m);
        (await CashOutAsync(sim, created.Token!, phone)).Code.Should().Be("ALREADY_REDEEMED");
        (await _world.SnapshotAsync(wallet)).Current.Should().Be(500m, "a token pays out once");
    }

    [Fact]
    public async Task The_ATM_network_declines_a_token_the_engine_no_longer_authorises()
    {
        var wallet = await _world.CustomerWalletAsync(300m);
        var phone = WithdrawalWorld.NewPhone();
        var created = await _world.CreatePendingAsync(wallet, 100m, phone);
        using var tenant = await engine.LoginTenantAsync();
        (await tenant.DeleteAsync($"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals/{created.WithdrawalId}")).Code.Should().Be(200);
        using var sim = engine.SimulatorAdmin();

        var declined = await CashOutAsync(sim, created.Token!, phone);

        declined.Status.Should().Be(402);
        declined.Code.Should().Be("NOT_AUTHORISED");
        declined.Answer.GetProperty("errorMessage").GetString().Should().Contain("CANCELLED");
        (await _world.SnapshotAsync(wallet)).Current.Should().Be(300m);
    }

    [Fact]
    public async Task Only_a_simulator_admin_or_the_network_with_the_gateway_key_may_redeem_and_a_wrong_token_changes_nothing()
    {
        var wallet = await _world.CustomerWalletAsync(100m);
        var created = await _world.CreatePendingAsync(wallet, 10m, WithdrawalWorld.NewPhone());
        var path = $"/sim/v1/withdrawals/{created.WithdrawalId}/redeem";
        using var anonymous = engine.Anonymous();
        (await anonymous.PostAsync(path, null)).Code.Should().Be(401);
        using var tenant = await engine.LoginTenantAsync();
        (await tenant.PostAsync(path, null)).Code.Should().Be(403);
        anonymous.Http.DefaultRequestHeaders.Add("X-Gateway-Key", new string('a', 64));
        (await anonymous.PostAsync(path, new { token = created.Token })).Code.Should().Be(403, "a guessed key is not the engine's");
        using var sim = engine.SimulatorAdmin();
        var wrong = await sim.PostAsync(path, new { token = "99999999" });
        wrong.Code.Should().Be(400);
        wrong.ErrorCode.Should().Be("IAE001");
        (await _world.StatusAsync(wallet, created.WithdrawalId)).Should().Be("PENDING");
        (await sim.PostAsync("/sim/v1/withdrawals/999999999/redeem", null)).Code.Should().Be(404);
    }

    [Fact]
    public async Task A_bank_payout_settles_by_itself_after_its_settlement_delay()
    {
        var wallet = await _world.CustomerWalletAsync(1_000m);
        using var tenant = await engine.LoginTenantAsync();
        var created = await tenant.PostAsync($"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals", new
        {
            amount = 250m,
            type = "ZA_NEDBANK_EFT",
            externalUniqueId = WithdrawalWorld.NewKey(),
            description = "Payroll",
            accountNumber = "62000012345",
            branchCode = "198765",
        });
        created.Code.Should().Be(200, created.Text);
        var id = created.Json!["withdrawalId"]!.GetValue<long>();

        await _world.AdvanceAsync(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        (await _world.StatusAsync(wallet, id)).Should().Be("PENDING", "ZA_NEDBANK_EFT settles the next day");
        await _world.AdvanceAsync(TimeSpan.FromSeconds(1));

        (await _world.StatusAsync(wallet, id)).Should().Be("SUCCESSFUL");
        (await _world.SnapshotAsync(wallet)).Current.Should().Be(750m);
        using var sim = engine.SimulatorAdmin();
        (await sim.PostAsync($"/sim/v1/withdrawals/{id}/redeem", null)).Code.Should().Be(409, "a bank payout has no token to redeem");
    }

    [Fact]
    public async Task An_immediate_bank_payout_settles_by_itself_within_its_5_to_60_minute_delay()
    {
        var wallet = await _world.CustomerWalletAsync(1_000m);
        using var tenant = await engine.LoginTenantAsync();
        var created = await tenant.PostAsync($"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals", new
        {
            amount = 250m,
            type = "ZA_NEDBANK_EFT_IMMEDIATE",
            externalUniqueId = WithdrawalWorld.NewKey(),
            description = "Instant payout",
            accountNumber = "62000012345",
            branchCode = "198765",
        });
        created.Code.Should().Be(200, created.Text);
        created.Json!["subType"]!.GetValue<string>().Should().Be("IMMEDIATE");
        var id = created.Json["withdrawalId"]!.GetValue<long>();
        (await _world.SnapshotAsync(wallet)).Available.Should().Be(750m, "the amount is reserved at once");

        await _world.AdvanceAsync(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        (await _world.StatusAsync(wallet, id)).Should().Be("PENDING", "settlementDelay.min is 5 minutes");
        (await _world.SnapshotAsync(wallet)).Current.Should().Be(1_000m);
        await _world.AdvanceAsync(TimeSpan.FromMinutes(55) + TimeSpan.FromSeconds(1));

        (await _world.StatusAsync(wallet, id)).Should().Be("SUCCESSFUL", "an immediate payout settles within the hour, not the next day");
        (await _world.SnapshotAsync(wallet)).Current.Should().Be(750m);
    }

    [Fact]
    public async Task A_type_with_a_fee_reserves_amount_and_fee_and_pays_the_fee_to_the_tenant_fee_wallet()
    {
        using var sim = engine.SimulatorAdmin();
        (await sim.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """{"version": 1, "policies": {"withdrawalTypes": {"ZA_TEST_FEE_ATM": {"category": "ATM", "fee": 2.50}}}}"""))
            .Code.Should().Be(200);
        try
        {
            var wallet = await _world.CustomerWalletAsync(1_000m);
            var feesBefore = await _world.SnapshotAsync(engine.Seed.Tenants[0].FeeWalletId);
            var created = await _world.CreatePendingAsync(wallet, 100m, WithdrawalWorld.NewPhone(), type: "ZA_TEST_FEE_ATM");
            (await _world.GetAsync(wallet, created.WithdrawalId)).Json!["fee"]!.GetValue<decimal>().Should().Be(2.5m);
            (await _world.SnapshotAsync(wallet)).Available.Should().Be(897.5m);

            (await sim.PostAsync($"/sim/v1/withdrawals/{created.WithdrawalId}/redeem", null)).Code.Should().Be(200);

            (await _world.SnapshotAsync(wallet)).Current.Should().Be(897.5m);
            (await _world.SnapshotAsync(engine.Seed.Tenants[0].FeeWalletId)).Current.Should().Be(feesBefore.Current + 2.5m);
            (await _world.InvariantsHoldAsync()).Should().BeTrue();
        }
        finally
        {
            (await sim.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }
    }

    [Fact]
    public async Task The_query_answers_one_withdrawal_and_the_list_pages_by_creation_window()
    {
        var wallet = await _world.CustomerWalletAsync(1_000m);
        var first = await _world.CreatePendingAsync(wallet, 1m);
        engine.Clock.Advance(TimeSpan.FromMinutes(10));
        var from = engine.Clock.GetUtcNow();
        var second = await _world.CreatePendingAsync(wallet, 2m);
        engine.Clock.Advance(TimeSpan.FromMinutes(10));
        var third = await _world.CreatePendingAsync(wallet, 3m);
        using var tenant = await engine.LoginTenantAsync();
        var path = $"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals";

        var all = await tenant.GetAsync(path);
        all.Code.Should().Be(200);
        all.Json!.AsArray().Select(w => w!["withdrawalId"]!.GetValue<long>()).Should().Equal(third.WithdrawalId, second.WithdrawalId, first.WithdrawalId);
        var window = await tenant.GetAsync($"{path}?dateFromIncl={Iso(from)}&dateToExcl={Iso(from.AddMinutes(10))}");
        window.Json!.AsArray().Select(w => w!["withdrawalId"]!.GetValue<long>()).Should().Equal(second.WithdrawalId);
        var page = await tenant.GetAsync($"{path}?limit=1&offset=1");
        page.Json!.AsArray().Select(w => w!["withdrawalId"]!.GetValue<long>()).Should().Equal(second.WithdrawalId);
        (await tenant.GetAsync($"{path}?limit=0")).ErrorCode.Should().Be("VAL001");
        (await tenant.GetAsync($"{path}?limit=501")).ErrorCode.Should().Be("VAL001");
        (await tenant.GetAsync($"{path}?dateFromIncl=yesterday")).ErrorCode.Should().Be("VAL001");
        var one = await tenant.GetAsync($"{path}/{second.WithdrawalId}");
        one.Code.Should().Be(200);
        one.Text.Should().Be(all.Json.AsArray()[1]!.ToJsonString(), "the list items are the same object as the query");
        (await tenant.GetAsync($"{path}/{second.WithdrawalId + 1_000_000}")).Code.Should().Be(404);
        var otherTenant = engine.Seed.Tenants[1];
        (await tenant.GetAsync($"tenants/{_world.TenantId}/wallets/{otherTenant.WalletIds[0]}/withdrawals")).Code.Should().Be(404);
    }

    private static string Iso(DateTimeOffset instant) => Uri.EscapeDataString(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));

    private async Task<(int Status, string? Code, System.Text.Json.JsonElement Answer)> CashOutAsync(EclipseClient sim, string token, string phone)
    {
        var response = await sim.PostAsync("/sim/v1/atm/cash-out", new { gateway = "ZA_PAYCORP_ATM", token, phone, terminalId = "ATM-0042" });
        response.Code.Should().Be(200, response.Text);
        var answer = System.Text.Json.JsonDocument.Parse(response.Json!["answer"]!.ToJsonString()).RootElement.Clone();
        return (response.Json["networkStatus"]!.GetValue<int>(), answer.TryGetProperty("errorCode", out var code) ? code.GetString() : null, answer);
    }
}
