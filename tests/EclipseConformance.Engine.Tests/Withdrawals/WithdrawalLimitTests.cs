namespace EclipseConformance.Engine.Tests.Withdrawals;

public class WithdrawalLimitTests(WithdrawalEngine engine) : IClassFixture<WithdrawalEngine>
{
    private readonly WithdrawalWorld _world = new(engine);

    [Fact]
    public async Task Exactly_R24000_to_one_phone_in_a_month_is_allowed_and_one_cent_more_is_refused_reserving_nothing()
    {
        var phone = WithdrawalWorld.NewPhone();
        using var integrator = await engine.LoginIntegratorAsync();
        var first = await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(24_000m, phone));
        first.Code.Should().Be(200, first.Text);
        var before = await _world.SnapshotAsync(_world.IntegratorWalletId, _world.IntegratorTenantId);

        var over = await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(0.01m, phone));

        over.Code.Should().Be(400, over.Text);
        over.IsEnvelope().Should().BeTrue();
        over.ErrorCode.Should().Be("IAE001");
        over.Error["description"]!.GetValue<string>().Should().Be("Monthly withdrawal limit reached for this phone: at most ZAR 24000.00 of withdrawal tokens per calendar month");
        (await _world.SnapshotAsync(_world.IntegratorWalletId, _world.IntegratorTenantId)).Should().Be(before);
    }

    [Fact]
    public async Task R24000_01_in_one_token_is_refused()
    {
        var phone = WithdrawalWorld.NewPhone();
        using var integrator = await engine.LoginIntegratorAsync();
        var before = await _world.SnapshotAsync(_world.IntegratorWalletId, _world.IntegratorTenantId);
        var refused = await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(24_000.01m, phone));
        refused.Code.Should().Be(400);
        refused.ErrorCode.Should().Be("IAE001");
        (await _world.SnapshotAsync(_world.IntegratorWalletId, _world.IntegratorTenantId)).Should().Be(before);
        (await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(24_000m, phone))).Code.Should().Be(200);
    }

    [Fact]
    public async Task The_limit_counts_across_the_integrator_and_a_tenant_and_both_forms_of_the_number()
    {
        var phone = WithdrawalWorld.NewPhone();
        using var integrator = await engine.LoginIntegratorAsync();
        (await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(20_000m, phone))).Code.Should().Be(200);
        var wallet = await _world.CustomerWalletAsync(10_000m);
        var before = await _world.SnapshotAsync(wallet);
        using var tenant = await engine.LoginTenantAsync();

        var refused = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(4_000.01m, WithdrawalWorld.Local(phone)));

        refused.Code.Should().Be(400, "0821… and 27821… are the same phone, whoever sends");
        refused.ErrorCode.Should().Be("IAE001");
        (await _world.SnapshotAsync(wallet)).Should().Be(before);
        (await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(4_000m, WithdrawalWorld.Local(phone)))).Code.Should().Be(200);
    }

    [Fact]
    public async Task Cancelled_and_timed_out_tokens_do_not_count_and_redeemed_ones_do()
    {
        var phone = WithdrawalWorld.NewPhone();
        using var integrator = await engine.LoginIntegratorAsync();
        var path = $"tenants/{_world.IntegratorTenantId}/wallets/{_world.IntegratorWalletId}/withdrawals";
        var cancelled = await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(24_000m, phone));
        (await integrator.DeleteAsync($"{path}/{cancelled.Json!["withdrawalId"]}")).Code.Should().Be(200);

        var redeemed = await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(24_000m, phone));
        redeemed.Code.Should().Be(200, "the released token no longer counts");
        using var sim = engine.SimulatorAdmin();
        (await sim.PostAsync($"/sim/v1/withdrawals/{redeemed.Json!["withdrawalId"]}/redeem", null)).Code.Should().Be(200);

        (await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(1m, phone)))
            .ErrorCode.Should().Be("IAE001", "a SUCCESSFUL token counts");
    }

    [Fact]
    public async Task A_token_without_deliverToPhone_counts_toward_the_wallet_owners_phone()
    {
        var phone = WithdrawalWorld.NewPhone();
        var wallet = await _world.CustomerWalletAsync(30_000m, phone);
        using var tenant = await engine.LoginTenantAsync();
        (await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(23_000m))).Code.Should().Be(200);

        using var integrator = await engine.LoginIntegratorAsync();
        (await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(1_000.01m, phone)))
            .ErrorCode.Should().Be("IAE001");
        (await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(1_000m, phone)))
            .Code.Should().Be(200);
    }

    [Fact]
    public async Task A_wallet_whose_owner_has_no_phone_counts_its_undirected_tokens_on_itself()
    {
        var wallet = await _world.CustomerWalletAsync(30_000m);
        using var tenant = await engine.LoginTenantAsync();
        (await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(24_000m))).Code.Should().Be(200);
        var refused = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(0.01m));
        refused.ErrorCode.Should().Be("IAE001");
        refused.Error["description"]!.GetValue<string>().Should().Contain("for this wallet");
        (await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(0.01m, WithdrawalWorld.NewPhone()))).Code.Should().Be(200);
    }

    [Fact]
    public async Task Bank_payouts_and_tokens_in_other_currencies_are_not_counted()
    {
        var phone = WithdrawalWorld.NewPhone();
        using var sim = engine.SimulatorAdmin();
        (await sim.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """{"version": 1, "policies": {"withdrawalTypes": {"BW_TEST_ATM": {"category": "ATM", "currency": "BWP"}}}}"""))
            .Code.Should().Be(200);
        try
        {
            using var integrator = await engine.LoginIntegratorAsync();
            var bwp = engine.Seed.GlobalIntegrator.Wallets.Single(w => w.Currency == "BWP").WalletId;
            (await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, bwp, WithdrawalWorld.Body(30_000m, phone, "BW_TEST_ATM"))).Code.Should().Be(200);
            var eft = await integrator.PostAsync($"tenants/{_world.IntegratorTenantId}/wallets/{_world.IntegratorWalletId}/withdrawals", new
            {
                amount = 30_000m,
                type = "ZA_NEDBANK_EFT",
                externalUniqueId = WithdrawalWorld.NewKey(),
                deliverToPhone = phone,
                accountNumber = "62000012345",
            });
            eft.Code.Should().Be(200, eft.Text);
            (await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(24_000m, phone))).Code.Should().Be(200);
        }
        finally
        {
            (await sim.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }
    }

    [Fact]
    public async Task The_amount_and_counted_statuses_are_policy_settings()
    {
        var phone = WithdrawalWorld.NewPhone();
        using var sim = engine.SimulatorAdmin();
        (await sim.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """{"version": 1, "policies": {"withdrawalLimit": {"amount": 100.00, "countedStatuses": ["SUCCESSFUL"]}}}"""))
            .Code.Should().Be(200);
        try
        {
            using var integrator = await engine.LoginIntegratorAsync();
            var pending = await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(100m, phone));
            pending.Code.Should().Be(200);
            (await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(100m, phone)))
                .Code.Should().Be(200, "PENDING tokens do not count under this policy");
            (await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(100.01m, phone)))
                .ErrorCode.Should().Be("IAE001");
            (await sim.PostAsync($"/sim/v1/withdrawals/{pending.Json!["withdrawalId"]}/redeem", null)).Code.Should().Be(200);
            var refused = await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(0.01m, phone));
            refused.ErrorCode.Should().Be("IAE001");
            refused.Error["description"]!.GetValue<string>().Should().Contain("ZAR 100.00");
        }
        finally
        {
            (await sim.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }
    }

    [Fact]
    public async Task Concurrent_requests_from_different_wallets_for_one_phone_cannot_together_pass_the_limit()
    {
        await LimitRace.RunAsync(_world);
    }
}
