using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>Requests the engine refuses before anything happens: the envelope, the right status, no money moved, no payment stored.</summary>
public class PaymentValidationTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private readonly VasCalls _vas = new(engine);

    public static TheoryData<string, string> Refusals => new()
    {
        { "msisdn against the catalog regex", "msisdn '77-221' does not match ^[0-9]{8,16}$" },
        { "msisdn missing", "must contain msisdn (Phone number)" },
        { "meterNumber missing", "must contain meterNumber for Utility Token" },
        { "amount missing", "amount is required for Utility Token" },
        { "amount with 3 decimals", "at most 2 decimals" },
        { "type not GLOBAL_VAS", "type GLOBAL_WALLET is not supported" },
        { "paymentData without a product", "paymentData must be" },
        { "unknown product", "product 9999, which is not in partner 20's catalog" },
        { "a pre-vend product bought", "is a pre-vend product" },
        { "the wrong pre-vend product", "The pre-vend product of 1248 (Utility Token) is 1247, not 1259" },
        { "externalUniqueId too short", "externalUniqueId must be 6-200 characters" },
        { "callbackUrl not a URL", "callbackUrl must be an absolute http(s) URL" },
        { "duplicate additional field", "names msisdn more than once" },
        { "walletId missing", "walletId is required" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_invalid_request_is_refused_with_VAL001_and_changes_nothing(string edit, string reason)
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(0);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        var body = JsonNode.Parse(DocumentRequests.For(DocumentRequests.Utility, customer.WalletId).Body)!.AsObject();
        Edit(edit, body);

        var response = await _vas.PostRawAsync(client, customer, body.ToJsonString());

        response.Code.Should().Be(400, edit);
        response.IsEnvelope().Should().BeTrue();
        response.ErrorCode.Should().Be("VAL001", edit);
        response.Error["description"]!.GetValue<string>().Should().Contain(reason);
        (await probe.SnapshotAsync(_vas.TenantId, customer.WalletId)).Should().Be(before);
    }

    private static void Edit(string edit, JsonObject body)
    {
        var fields = body["additionalFields"]!.AsArray();
        switch (edit)
        {
            case "msisdn against the catalog regex": fields[0]!["value"] = "77-221"; break;
            case "msisdn missing": fields.RemoveAt(0); break;
            case "meterNumber missing": fields.RemoveAt(1); break;
            case "amount missing": body.Remove("amount"); break;
            case "amount with 3 decimals": body["amount"] = 180.001m; break;
            case "type not GLOBAL_VAS": body["type"] = "GLOBAL_WALLET"; break;
            case "paymentData without a product": body["paymentData"] = "20"; break;
            case "unknown product": body["paymentData"] = "20_9999_0"; break;
            case "a pre-vend product bought": body["paymentData"] = "20_1247_0"; break;
            case "the wrong pre-vend product": body["paymentData"] = "20_1248_1259"; break;
            case "externalUniqueId too short": body["externalUniqueId"] = "abc"; break;
            case "callbackUrl not a URL": body["callbackUrl"] = "not a url at all"; break;
            case "duplicate additional field": fields[1]!["id"] = "msisdn"; break;
            case "walletId missing": body.Remove("walletId"); break;
            default: throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    [Fact]
    public async Task A_currency_that_is_not_the_wallets_is_refused_with_IAE001()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(0);
        var response = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Utility, customer.WalletId, ("\"BWP\"", "\"ZAR\"")).Body);

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("IAE001");
        response.Error["description"]!.GetValue<string>().Should().Be("currency ZAR does not match the wallet's currency BWP");
    }

    [Fact]
    public async Task A_wallet_in_another_currency_cannot_buy_FrontierWeb_products_sold_in_BWP()
    {
        var za = engine.Seed.Tenants.First(t => t.Currency == "ZAR");
        var customer = engine.Seed.SampleCustomers.First(c => c.TenantId == za.TenantId);
        using var client = await engine.LoginAsync(za.Identity, za.Password);
        var response = await client.SendRawAsync(HttpMethod.Post, $"tenants/{za.TenantId}/customers/{customer.CustomerId}/payments",
            DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId, ("\"BWP\"", "\"ZAR\"")).Body);

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("IAE001");
        response.Error["description"]!.GetValue<string>().Should().Contain("sells in BWP");
    }

    [Fact]
    public async Task A_second_payment_with_the_same_externalUniqueId_is_refused_and_names_the_first()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(1);
        var (body, key) = DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId);
        var first = await _vas.PostRawAsync(client, customer, body);
        first.Code.Should().Be(200, first.Text);
        var afterFirst = await new LedgerProbe(await engine.LoginAdminAsync()).SnapshotAsync(_vas.TenantId, customer.WalletId);

        var again = await _vas.PostRawAsync(client, customer, body);
        var different = await _vas.PostRawAsync(client, customer, WithKey(DocumentRequests.For(DocumentRequests.Utility, customer.WalletId).Body, key));

        foreach (var refused in new[] { again, different })
        {
            refused.Code.Should().Be(409, refused.Text);
            refused.ErrorCode.Should().Be("IAE002");
            refused.Error["description"]!.GetValue<string>().Should().Be($"externalUniqueId '{key}' was already used for payment {first.Json!["paymentId"]}");
        }

        (await new LedgerProbe(await engine.LoginAdminAsync()).SnapshotAsync(_vas.TenantId, customer.WalletId)).Should().Be(afterFirst);
    }

    [Fact]
    public async Task A_wallet_without_enough_funds_for_amount_and_fee_is_refused_and_nothing_is_stored()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(2);
        var opened = await client.PostAsync($"tenants/{_vas.TenantId}/customers/{customer.CustomerId}/wallets", new { currency = "BWP", name = "Empty" });
        opened.Code.Should().Be(201, opened.Text);
        var empty = opened.Json!["walletId"]!.GetValue<long>();
        using var admin = engine.SimulatorAdmin();
        (await admin.PostAsync($"/sim/v1/wallets/{empty}/fund", new { amount = 20.00m })).Code.Should().Be(200);

        var (body, key) = DocumentRequests.For(DocumentRequests.Airtime, empty);
        var response = await _vas.PostRawAsync(client, customer, body);

        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("IAE001");
        response.Error["description"]!.GetValue<string>().Should().Be($"Insufficient funds in wallet {empty}");
        (await new LedgerProbe(await engine.LoginAdminAsync()).SnapshotAsync(_vas.TenantId, empty)).Current.Should().Be(20m, "20.00 airtime plus the 5.00 fee is more than 20.00");
        var retry = await _vas.PostRawAsync(client, customer, WithKey(DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId).Body, key));
        retry.Code.Should().Be(200, "a refused request stores nothing, so its key is still free: " + retry.Text);
    }

    [Fact]
    public async Task Malformed_json_is_JPE001_and_an_unknown_customer_or_wallet_is_404()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(0);
        var malformed = await _vas.PostRawAsync(client, customer, "{\"paymentData\": ");
        malformed.Code.Should().Be(400);
        malformed.ErrorCode.Should().Be("JPE001");

        var unknownCustomer = await client.SendRawAsync(HttpMethod.Post, $"tenants/{_vas.TenantId}/customers/1/payments",
            DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId).Body);
        unknownCustomer.Code.Should().Be(404);
        unknownCustomer.ErrorCode.Should().Be("ARCH086");

        var otherWallet = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Airtime, _vas.Customer(1).WalletId).Body);
        otherWallet.Code.Should().Be(404);
        otherWallet.Error["description"]!.GetValue<string>().Should().Be("Wallet not found");
        (await _vas.GetAsync(client, 1)).Code.Should().Be(404);
    }

    [Fact]
    public async Task A_decision_rule_on_payment_can_refuse_a_purchase()
    {
        using var admin = engine.SimulatorAdmin();
        (await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """
            {"version": 1, "rules": [{"name": "no-big-electricity", "on": "payment",
              "when": "productCategory == \"ELECTRICITY\" && amount > 500",
              "then": {"action": "reject", "code": "IAE001", "description": "Electricity above 500 needs approval"}}]}
            """)).Code.Should().Be(200);
        try
        {
            using var client = await _vas.LoginAsync();
            var customer = _vas.Customer(0);
            var refused = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Utility, customer.WalletId, ("\"amount\": 180", "\"amount\": 600")).Body);
            refused.Code.Should().Be(400);
            refused.Error["description"]!.GetValue<string>().Should().Be("Electricity above 500 needs approval");
            (await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Utility, customer.WalletId).Body)).Code.Should().Be(200);
        }
        finally
        {
            (await admin.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }
    }

    private static string WithKey(string body, string key) =>
        System.Text.RegularExpressions.Regex.Replace(body, "\"externalUniqueId\": \"[^\"]+\"", $"\"externalUniqueId\": \"{key}\"");
}
