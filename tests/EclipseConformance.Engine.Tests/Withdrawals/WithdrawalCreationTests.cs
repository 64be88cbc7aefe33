using System.Globalization;
using System.Text.RegularExpressions;

namespace EclipseConformance.Engine.Tests.Withdrawals;

public partial class WithdrawalCreationTests(WithdrawalEngine engine) : IClassFixture<WithdrawalEngine>
{
    private readonly WithdrawalWorld _world = new(engine);

    [Fact]
    public async Task An_ATM_withdrawal_answers_PENDING_with_the_documented_fields_and_reserves_the_amount_at_once()
    {
        var wallet = await _world.CustomerWalletAsync(1_000m);
        var phone = WithdrawalWorld.NewPhone();
        using var tenant = await engine.LoginTenantAsync();
        var key = WithdrawalWorld.NewKey();

        var created = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(100m, phone, key: key, description: "ATM withdrawal"));

        created.Code.Should().Be(200, created.Text);
        var json = created.Json!.AsObject();
        json["withdrawalId"]!.GetValue<long>().Should().BePositive();
        json["externalUniqueId"]!.GetValue<string>().Should().Be(key);
        json["status"]!.GetValue<string>().Should().Be("PENDING");
        json["token"]!.GetValue<string>().Should().MatchRegex("^[0-9]{6}$");
        json["amount"]!.GetValue<decimal>().Should().Be(100m);
        json["currency"]!.GetValue<string>().Should().Be("ZAR");
        json["gateway"]!.GetValue<string>().Should().Be("ZA_PAYCORP_ATM", "EFT-PWM: the gateway echoes the requested type");
        json["type"]!.GetValue<string>().Should().Be("ATM");
        json["subType"]!.GetValue<string>().Should().Be("NORMAL");
        json["fee"]!.GetValue<decimal>().Should().Be(0m);
        json["walletId"]!.GetValue<long>().Should().Be(wallet);
        json["description"]!.GetValue<string>().Should().Be("ATM withdrawal");
        json["deliverToPhone"]!.GetValue<string>().Should().Be(phone);
        json["tracingContext"]!.GetValue<string>().Should().MatchRegex("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$");
        json["extraInfo"]!.GetValue<string>().Should().Be("{}");
        json.ContainsKey("errorDescription").Should().BeFalse();
        var createdAt = Instant(json["created"]);
        createdAt.Should().Be(engine.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        DateTimeOffset.Parse(Instant(json["expires"]), CultureInfo.InvariantCulture).Should()
            .Be(DateTimeOffset.Parse(createdAt, CultureInfo.InvariantCulture).AddDays(6), "the documented example expires 6 days after creation");
        Instant(json["lastModified"]).Should().Be(createdAt);
        created.Text.Should().Contain("\"amount\":100.000000000", "amounts are scale-9 BigDecimals on the wire");

        var snapshot = await _world.SnapshotAsync(wallet);
        snapshot.Current.Should().Be(1_000m, "nothing has left the wallet yet");
        snapshot.Available.Should().Be(900m, "the amount is reserved at once");
        (await _world.InvariantsHoldAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task With_deliverToPhone_the_token_and_instructions_arrive_by_SMS_in_the_simulator_inbox()
    {
        var wallet = await _world.CustomerWalletAsync(500m);
        var phone = WithdrawalWorld.NewPhone();
        var created = await _world.CreatePendingAsync(wallet, 250.50m, WithdrawalWorld.Local(phone));

        using var sim = engine.SimulatorAdmin();
        var inbox = await sim.GetAsync($"/sim/v1/sms?to={WithdrawalWorld.Local(phone)}");
        inbox.Code.Should().Be(200, inbox.Text);
        var sms = inbox.Json!.AsArray().Should().ContainSingle().Subject!;
        sms["to"]!.GetValue<string>().Should().Be(phone, "0821… is delivered to the international number");
        sms["from"]!.GetValue<string>().Should().Be("Eclipse");
        var text = sms["message"]!.GetValue<string>();
        text.Should().Contain("R250.50").And.Contain($"Token: {created.Token}.").And.Contain("Paycorp ATM").And.Contain("Valid until 2026-");
        sms["reference"]!.GetValue<string>().Should().Be($"withdrawal-{created.WithdrawalId}");
        (await sim.GetAsync($"/sim/v1/sms?to={phone}")).Json!.AsArray().Should().HaveCount(1, "both forms of the number find it");
        (await sim.GetAsync("/sim/v1/sms?limit=0")).Code.Should().Be(400);
        using var tenant = await engine.LoginTenantAsync();
        (await tenant.GetAsync("/sim/v1/sms")).Code.Should().Be(403, "the inbox is for simulator admins");
    }

    [Fact]
    public async Task The_token_is_registered_with_the_ATM_network_simulator_over_HTTP()
    {
        var wallet = await _world.CustomerWalletAsync(300m);
        var phone = WithdrawalWorld.NewPhone();
        var created = await _world.CreatePendingAsync(wallet, 120m, phone);

        var registration = _world.Atm.Tokens.Find(created.WithdrawalId.ToString(CultureInfo.InvariantCulture));
        registration.Should().NotBeNull();
        registration!.Token.Should().Be(created.Token);
        registration.Phone.Should().Be(phone);
        registration.Amount.Should().Be(120m);
        registration.Gateway.Should().Be("ZA_PAYCORP_ATM");
        registration.AuthoriseUrl.AbsolutePath.Should().Be($"/sim/v1/withdrawals/{created.WithdrawalId}/redeem");
        _world.Atm.Journal.Entries(50).Should().Contain(e => e.Operation == "Register" && e.StatusCode == 201);
    }

    [Fact]
    public async Task Without_deliverToPhone_the_token_is_in_the_answer_and_no_SMS_is_sent()
    {
        var phone = WithdrawalWorld.NewPhone();
        var wallet = await _world.CustomerWalletAsync(200m, phone);
        var created = await _world.CreatePendingAsync(wallet, 50m);

        created.Token.Should().MatchRegex("^[0-9]{6}$");
        using var sim = engine.SimulatorAdmin();
        (await sim.GetAsync($"/sim/v1/sms?to={phone}")).Json!.AsArray().Should().BeEmpty();
        (await _world.GetAsync(wallet, created.WithdrawalId)).Json!.AsObject().ContainsKey("deliverToPhone").Should().BeFalse();
    }

    [Fact]
    public async Task The_retail_cash_token_and_the_bank_payout_types_are_data_from_the_rule_files()
    {
        var wallet = await _world.CustomerWalletAsync(2_000m);
        using var tenant = await engine.LoginTenantAsync();
        var cash = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(20m, WithdrawalWorld.NewPhone(), "ZA_PNP_CASH_TOKEN"));
        cash.Code.Should().Be(200, cash.Text);
        cash.Json!["type"]!.GetValue<string>().Should().Be("CASH");
        cash.Json["gateway"]!.GetValue<string>().Should().Be("ZA_PNP_CASH_TOKEN");
        cash.Json["token"]!.GetValue<string>().Should().MatchRegex("^[0-9]{10}$");

        var eft = await tenant.PostAsync($"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals", new
        {
            amount = 300m,
            type = "ZA_NEDBANK_EFT_IMMEDIATE",
            externalUniqueId = WithdrawalWorld.NewKey(),
            description = "Salary",
            accountNumber = "1234567890",
            accountName = "T Withdraw",
            bank = "Nedbank",
            branchCode = "198765",
        });
        eft.Code.Should().Be(200, eft.Text);
        eft.Json!["type"]!.GetValue<string>().Should().Be("EFT");
        eft.Json["subType"]!.GetValue<string>().Should().Be("IMMEDIATE");
        eft.Json.AsObject().ContainsKey("token").Should().BeFalse("a bank payout has no token");
        (await _world.SnapshotAsync(wallet)).Available.Should().Be(2_000m - 20m - 300m);
    }

    [Theory]
    [InlineData("ZA_UNKNOWN_ATM", "type must be one of")]
    [InlineData("ZA_NEDBANK_EFT", "accountNumber is required")]
    public async Task An_unknown_type_or_a_bank_payout_without_an_account_is_VAL001_and_reserves_nothing(string type, string expected)
    {
        var wallet = await _world.CustomerWalletAsync(100m);
        var before = await _world.SnapshotAsync(wallet);
        using var tenant = await engine.LoginTenantAsync();
        var refused = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(10m, type: type));
        refused.Code.Should().Be(400);
        refused.IsEnvelope().Should().BeTrue();
        refused.ErrorCode.Should().Be("VAL001");
        refused.Error["description"]!.GetValue<string>().Should().Contain(expected);
        (await _world.SnapshotAsync(wallet)).Should().Be(before);
    }

    [Theory]
    [InlineData("""{"amount": 0, "type": "ZA_PAYCORP_ATM", "externalUniqueId": "abcdef-1", "description": "x"}""", "amount must be at least")]
    [InlineData("""{"amount": 1.0000000001, "type": "ZA_PAYCORP_ATM", "externalUniqueId": "abcdef-2", "description": "x"}""", "at most 9 decimals")]
    [InlineData("""{"amount": 10, "type": "ZA_PAYCORP_ATM", "externalUniqueId": "short", "description": "x"}""", "externalUniqueId must be 6-100")]
    [InlineData("""{"amount": 10, "type": "ZA_PAYCORP_ATM", "description": "x"}""", "externalUniqueId is required")]
    [InlineData("""{"amount": 10, "externalUniqueId": "abcdef-3"}""", "type is required")]
    [InlineData("""{"amount": 10, "type": "ZA_PAYCORP_ATM", "externalUniqueId": "abcdef-4", "deliverToPhone": "12ab"}""", "deliverToPhone must be")]
    [InlineData("""{"amount": 10, "type": "ZA_PAYCORP_ATM", "externalUniqueId": "abcdef-5", "callbackUrl": "ftp://example.com/x"}""", "callbackUrl must be")]
    [InlineData("""{"amount": 10, "type": "ZA_PAYCORP_ATM", "externalUniqueId": "abcdef-6", "currency": "BWP"}""", "cross-currency")]
    public async Task Invalid_fields_are_VAL001_and_reserve_nothing(string body, string expected)
    {
        var wallet = await _world.CustomerWalletAsync(100m);
        var before = await _world.SnapshotAsync(wallet);
        using var tenant = await engine.LoginTenantAsync();
        var refused = await tenant.SendRawAsync(HttpMethod.Post, $"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals", body);
        refused.Code.Should().Be(400, refused.Text);
        refused.ErrorCode.Should().Be("VAL001");
        refused.Error["description"]!.GetValue<string>().Should().Contain(expected);
        (await _world.SnapshotAsync(wallet)).Should().Be(before);
    }

    [Fact]
    public async Task Malformed_JSON_is_JPE001()
    {
        var wallet = await _world.CustomerWalletAsync(0m);
        using var tenant = await engine.LoginTenantAsync();
        var refused = await tenant.SendRawAsync(HttpMethod.Post, $"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals", """{"amount": "ten"}""");
        refused.Code.Should().Be(400);
        refused.ErrorCode.Should().Be("JPE001");
    }

    [Fact]
    public async Task Insufficient_funds_is_IAE001_and_changes_nothing()
    {
        var wallet = await _world.CustomerWalletAsync(99.99m);
        var before = await _world.SnapshotAsync(wallet);
        using var tenant = await engine.LoginTenantAsync();
        var refused = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(100m, WithdrawalWorld.NewPhone()));
        refused.Code.Should().Be(400);
        refused.ErrorCode.Should().Be("IAE001");
        (await _world.SnapshotAsync(wallet)).Should().Be(before);
    }

    [Fact]
    public async Task A_wallet_of_another_tenant_is_not_found_and_a_customer_cannot_use_someone_elses_wallet()
    {
        using var tenant = await engine.LoginTenantAsync();
        var other = engine.Seed.Tenants[1].WalletIds[0];
        (await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, other, WithdrawalWorld.Body(1m))).Code.Should().Be(404);
        (await WithdrawalWorld.CreateAsync(tenant, engine.Seed.Tenants[1].TenantId, other, WithdrawalWorld.Body(1m))).Code.Should().Be(403);
        using var anonymous = engine.Anonymous();
        (await WithdrawalWorld.CreateAsync(anonymous, _world.TenantId, other, WithdrawalWorld.Body(1m))).Code.Should().Be(401);
    }

    [Fact]
    public async Task The_same_externalUniqueId_and_payload_answers_the_original_withdrawal_and_reserves_nothing_more()
    {
        var wallet = await _world.CustomerWalletAsync(1_000m);
        var body = WithdrawalWorld.Body(200m, WithdrawalWorld.NewPhone());
        using var tenant = await engine.LoginTenantAsync();
        var first = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, body);
        engine.Clock.Advance(TimeSpan.FromSeconds(5));
        var again = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, body);

        again.Code.Should().Be(200);
        again.Text.Should().Be(first.Text, "the replay answers the original withdrawal, token and timestamps included");
        (await _world.SnapshotAsync(wallet)).Available.Should().Be(800m);
    }

    [Fact]
    public async Task The_same_externalUniqueId_with_a_different_payload_is_a_409_IAE002_and_changes_nothing()
    {
        var wallet = await _world.CustomerWalletAsync(1_000m);
        var key = WithdrawalWorld.NewKey();
        var phone = WithdrawalWorld.NewPhone();
        using var tenant = await engine.LoginTenantAsync();
        (await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(200m, phone, key: key))).Code.Should().Be(200);
        var before = await _world.SnapshotAsync(wallet);

        var conflict = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(201m, phone, key: key));

        conflict.Code.Should().Be(409);
        conflict.ErrorCode.Should().Be("IAE002");
        (await _world.SnapshotAsync(wallet)).Should().Be(before);
    }

    [Fact]
    public async Task A_withdrawal_decision_rule_rejects_with_its_own_envelope_and_reserves_nothing()
    {
        var wallet = await _world.CustomerWalletAsync(100m);
        var before = await _world.SnapshotAsync(wallet);
        using var sim = engine.SimulatorAdmin();
        var rule = await sim.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", $$$"""
            {"version": 1, "rules": [{"name": "no-odd-cents", "on": "withdrawal", "when": "walletId == {{{wallet}}} && amount == 12.34m",
              "then": {"action": "reject", "status": 422, "code": "IAE001", "description": "Amounts like this need review"}}]}
            """);
        rule.Code.Should().Be(200, rule.Text);
        try
        {
            using var tenant = await engine.LoginTenantAsync();
            var refused = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(12.34m, WithdrawalWorld.NewPhone()));
            refused.Code.Should().Be(422, refused.Text);
            refused.Error["description"]!.GetValue<string>().Should().Be("Amounts like this need review");
            (await _world.SnapshotAsync(wallet)).Should().Be(before);
            (await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(12.35m, WithdrawalWorld.NewPhone()))).Code.Should().Be(200);
        }
        finally
        {
            (await sim.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }
    }

    private static string Instant(System.Text.Json.Nodes.JsonNode? node) =>
        node!.GetValue<string>() is var text && IsoInstant().IsMatch(text) ? text : throw new FormatException($"'{text}' is not an ISO-8601 UTC instant with ms");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex IsoInstant();
}
