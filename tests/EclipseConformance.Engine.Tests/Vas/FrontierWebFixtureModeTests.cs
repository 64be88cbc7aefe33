using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// The FrontierWeb simulator's meter policy seen through the engine's payments API (ADR 0009): in the production-like
/// mode a meter outside the document's fixtures fails validation, so the purchase is FAILED and reversed; the default
/// sandbox mode sells to the same meter (<see cref="FrontierWebPurchaseTests"/>).
/// </summary>
public class FrontierWebFixtureModeTests(ProductionLikeFixture engine) : IClassFixture<ProductionLikeFixture>
{
    /// <summary>Not one of the document's sandbox meters (00300123452, 21500123456).</summary>
    public const string UnknownMeter = "11111111111";

    private readonly VasCalls _vas = new(engine);

    [Fact]
    public async Task In_production_like_mode_a_meter_outside_the_fixtures_fails_pre_vend_and_the_purchase_is_reversed()
    {
        engine.FrontierWeb.Options.FixtureMode.Should().Be(FixtureMode.ProductionLike, "the fixture's setting reaches the simulator");
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var customer = _vas.Customer(0);
        var before = await BalancesAsync(admin, customer);
        engine.FrontierWeb.Journal.Clear();

        var final = await _vas.AwaitFinalAsync(client, await BuyUtilityAsync(client, customer, UnknownMeter));

        final["status"]!.GetValue<string>().Should().Be("FAILED");
        final["errorDescription"]!.GetValue<string>().Should().Contain("METER NOT FOUND").And.Contain("reversed");
        final.ContainsKey("extraInfo").Should().BeFalse();
        (await BalancesAsync(admin, customer)).Should().Be(before, "amount and fee are given back");
        engine.FrontierWeb.Journal.Entries().Select(e => e.Operation).Should().Contain("PreVend").And.NotContain("Vend");
    }

    [Fact]
    public async Task In_production_like_mode_the_documents_sandbox_meter_still_gets_a_token()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(1);

        var final = await _vas.AwaitFinalAsync(client, await BuyUtilityAsync(client, customer, "21500123456"));

        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        ExtraInfo.Slot(final["extraInfo"]!.GetValue<string>(), "electricityResponse")["tokens"]![0]!["tokenNumber"]!.GetValue<string>()
            .Should().MatchRegex("^[0-9]{20}$");
    }

    internal static async Task<long> BuyUtilityAsync(VasCalls vas, EclipseClient client, SeedDocument.Customer customer, string meter)
    {
        var (body, _) = DocumentRequests.For(DocumentRequests.Utility, customer.WalletId, ("21500123456", meter));
        var post = await vas.PostRawAsync(client, customer, body);
        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", "the POST answers before the provider is called");
        return post.Json!["paymentId"]!.GetValue<long>();
    }

    private Task<long> BuyUtilityAsync(EclipseClient client, SeedDocument.Customer customer, string meter) => BuyUtilityAsync(_vas, client, customer, meter);

    private Task<Balances> BalancesAsync(EclipseClient admin, SeedDocument.Customer customer) =>
        Balances.ReadAsync(new LedgerProbe(admin), _vas.TenantId, customer.WalletId, _vas.Tenant.VasSettlementWalletId, _vas.Tenant.FeeWalletId);
}
