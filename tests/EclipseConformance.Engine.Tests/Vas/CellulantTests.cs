using System.Globalization;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.Cellulant;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// Cellulant (partner 17) against the real Beep-style simulator for the Kenyan tenant (and the Ugandan one): the catalog from
/// the tenant's bundles JSON, the document's catalogQuery, POST and PUT, the biller's rejections and a lost payment.
/// </summary>
public class CellulantTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private const string DocumentProduct = "254707720002_042381176772_KE-DSTV_DSTVTESTKE";
    private readonly ProviderCalls _vas = new(engine, "KES");

    private CellulantSimulator Cellulant => engine.Services.GetRequiredService<SimulatorSet>().Get<CellulantSimulator>();

    [Fact]
    public async Task The_catalog_without_a_query_lists_the_services_of_the_tenants_bundles()
    {
        using var client = await _vas.LoginAsync();

        var catalog = await _vas.CatalogAsync(client, "17");

        catalog.Code.Should().Be(200, catalog.Text);
        var partner = catalog.Json!.AsArray().Should().ContainSingle().Subject!;
        partner["partnerName"]!.GetValue<string>().Should().Be("Cellulant");
        partner["products"]!.AsArray().Select(p => p!["productId"]!.GetValue<string>())
            .Should().Equal("KE-DSTV", "KE-ZUKU", "KE-KPLC-PREPAID", "KE-SAFARICOM-AIRTIME");
        (await _vas.CatalogAsync(client, null)).Json!.AsArray().Select(p => p!["partnerId"]!.GetValue<long>()).Should().Contain(17);
    }

    [Fact]
    public async Task The_documents_catalogQuery_returns_the_accounts_packages_with_the_documented_productId()
    {
        using var client = await _vas.LoginAsync();

        var catalog = await _vas.CatalogAsync(client, TwoStepDocumentRequests.CellulantCatalogQuery);

        catalog.Code.Should().Be(200, catalog.Text);
        var products = catalog.Json![0]!["products"]!.AsArray();
        var dstv = products.Single(p => p!["productId"]!.GetValue<string>() == DocumentProduct)!;
        dstv["partnerId"]!.GetValue<long>().Should().Be(17);
        dstv["productName"]!.GetValue<string>().Should().Be("DStv Test Package");
        dstv["fixedPriceIncl"]!.GetValue<decimal>().Should().Be(517.00m);
        dstv["productDescription"]!.GetValue<string>().Should().Contain("JOHN KAMAU");
        products.Should().HaveCount(CellulantFixtures.Service("KE", "KE-DSTV")!.Packages.Count);
    }

    [Theory]
    [InlineData("17_254707720002_1742174217_KE-DSTV", 400, "IAE001")]
    [InlineData("17_254707720002_042381176772_UG-DSTV", 400, "VAL001")]
    [InlineData("17_254707720002_KE-DSTV", 400, "VAL001")]
    public async Task A_catalogQuery_for_an_unknown_account_or_a_service_outside_the_bundles_is_refused(string query, int status, string code)
    {
        using var client = await _vas.LoginAsync();

        var catalog = await _vas.CatalogAsync(client, query);

        catalog.Code.Should().Be(status, catalog.Text);
        catalog.IsEnvelope().Should().BeTrue();
        catalog.ErrorCode.Should().Be(code);
    }

    [Fact]
    public async Task The_documents_POST_and_PUT_pay_the_DStv_package_in_the_wallet_currency_and_settle_it()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(0);
        await _vas.FundAsync(customer.WalletId, 1000m);
        var before = await _vas.BalancesAsync(probe, customer.WalletId);
        var wallet = customer.WalletId.ToString(CultureInfo.InvariantCulture);

        var post = await PostDocumentAsync(client, customer, "\"KES\"");
        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("BUILDING");
        post.Json["amount"]!.GetValue<decimal>().Should().Be(517m, "the package's price comes back with the POST");
        post.Json["paymentReference"]!.GetValue<string>().Should().Be("042381176772");
        var paymentId = post.Json["paymentId"]!.GetValue<long>();

        var put = await client.SendRawAsync(HttpMethod.Put, $"tenants/{_vas.TenantId}/payments/{paymentId}",
            TwoStepDocumentRequests.CellulantPut.Replace("476", wallet, StringComparison.Ordinal));

        put.Code.Should().Be(200, put.Text);
        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        put.Json["currency"]!.GetValue<string>().Should().Be("KES");
        var result = ProviderCalls.ExtraInfo(put.Json);
        result["statusCode"]!.GetValue<int>().Should().Be(CellulantFixtures.PaymentDelivered);
        result["payerTransactionID"]!.GetValue<string>().Should().Be($"Payment-{paymentId}");
        result["packageCode"]!.GetValue<string>().Should().Be("DSTVTESTKE");
        (await _vas.BalancesAsync(probe, customer.WalletId)).Should().Be(new Balances(before.Customer - 547m, before.Settlement + 517m, before.Fees + 30m));
        (await probe.InvariantsAsync(engine.SimulatorAdmin()))["ok"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task The_documents_POST_as_printed_in_ZAR_is_refused_for_a_KES_wallet()
    {
        using var client = await _vas.LoginAsync();

        var post = await PostDocumentAsync(client, _vas.Customer(0), "\"ZAR\"");

        post.Code.Should().Be(400);
        post.ErrorCode.Should().Be("IAE001");
        post.Error["description"]!.GetValue<string>().Should().Contain("does not match the wallet's currency KES");
    }

    [Theory]
    [InlineData("1402140214", 517, "Cellulant rejected the payment (140): Payment rejected by the biller: account suspended")]
    [InlineData("042381176772", 500, "Cellulant rejected the payment (140): Invalid amount: DStv Test Package costs 517.00 KES")]
    public async Task A_payment_the_biller_rejects_fails_and_releases_the_hold(string account, int amount, string description)
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(1);
        await _vas.FundAsync(customer.WalletId, 1000m);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        var post = await PostDocumentAsync(client, customer, "\"KES\"", ("042381176772", account));
        post.Code.Should().Be(200, post.Text);

        var put = await _vas.PutAsync(client, post.Json!["paymentId"]!.GetValue<long>(), new { amount = (decimal)amount, walletId = customer.WalletId });

        put.Json!["status"]!.GetValue<string>().Should().Be("FAILED", put.Text);
        put.Json["errorDescription"]!.GetValue<string>().Should().Be(description + "; the reserved funds were released");
        var after = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        (after.Current, after.Available).Should().Be((before.Current, before.Available));
    }

    [Fact]
    public async Task A_payment_that_times_out_before_reaching_Cellulant_fails_after_the_status_query()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(2);
        await _vas.FundAsync(customer.WalletId, 1000m);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        var post = await PostDocumentAsync(client, customer, "\"KES\"");
        var paymentId = post.Json!["paymentId"]!.GetValue<long>();
        Cellulant.AddFault(new FaultSpec
        {
            Match = new FaultMatch { Operation = "postPayment", Field = "$.payload.packet[0].payerTransactionID", FieldEquals = $"Payment-{paymentId}" },
            Outcome = FaultOutcome.Timeout(),
            Count = 1,
        });
        var posts = ProviderCalls.Count(Cellulant, "postPayment");

        var put = _vas.PutAsync(client, paymentId, new { amount = 517m, walletId = customer.WalletId });
        await ProviderCalls.WaitForArrivalAsync(Cellulant, "postPayment", posts);
        engine.Clock.Advance(TimeSpan.FromSeconds(31));
        var answer = await put;

        answer.Json!["status"]!.GetValue<string>().Should().Be("FAILED", answer.Text);
        answer.Json["errorDescription"]!.GetValue<string>().Should().Contain("no record of the payment");
        ProviderCalls.Count(Cellulant, "queryPaymentStatus").Should().BeGreaterThanOrEqualTo(1);
        var after = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        (after.Current, after.Available).Should().Be((before.Current, before.Available));
    }

    [Fact]
    public async Task The_Ugandan_tenant_sees_its_own_services_priced_in_UGX()
    {
        var uganda = new ProviderCalls(engine, "UGX");
        using var client = await uganda.LoginAsync();

        var catalog = await uganda.CatalogAsync(client, "17_256772123456_7012345678_UG-DSTV");

        catalog.Code.Should().Be(200, catalog.Text);
        var access = catalog.Json![0]!["products"]!.AsArray().Single(p => p!["productId"]!.GetValue<string>().EndsWith("_DSTVACCESSUG", StringComparison.Ordinal))!;
        access["fixedPriceIncl"]!.GetValue<decimal>().Should().Be(29_000.00m);
        (await uganda.CatalogAsync(client, TwoStepDocumentRequests.CellulantCatalogQuery)).ErrorCode.Should().Be("VAL001", "KE-DSTV is not in the Ugandan tenant's bundles");
    }

    private Task<ApiResponse> PostDocumentAsync(EclipseClient client, EclipseConformance.Engine.DemoWorld.SeedDocument.Customer customer, string currency, params (string From, string To)[] more) =>
        _vas.PostAsync(client, customer, TwoStepDocumentRequests.CellulantPost,
        [
            ("xxxxxxxxxxxxx", "254707720002"), ("abcd1234a", ProviderCalls.NewKey()), ("XXX", customer.WalletId.ToString(CultureInfo.InvariantCulture)),
            ("\"ZAR\"", currency), ("http://www.blankwebsite.com", ProviderCalls.Discard), .. more,
        ]);
}
