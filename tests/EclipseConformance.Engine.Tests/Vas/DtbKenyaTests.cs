using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.Fiorano;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// DTB Kenya (partner 19) through the Fiorano simulator: KRA PRN validation in the catalog, payments answered PENDING
/// with the dtb* extraInfo and the funds held, then SUCCESSFUL (captured, called back) or ERROR (released) once Fiorano
/// confirms on the engine's clock.
/// </summary>
public class DtbKenyaTests(DtbEngineFixture engine) : IClassFixture<DtbEngineFixture>
{
    private readonly DtbWorld _ke = new(engine, "KES");

    [Fact]
    public async Task The_documents_PRN_query_in_its_bare_form_answers_the_amount_owed_in_the_documented_shape()
    {
        using var client = await _ke.LoginAsync();

        var response = await _ke.CatalogAsync(client, "19_ETAX_10202300000582380");

        response.Code.Should().Be(200, response.Text);
        response.Json.ShouldHaveShapeOf(JsonNode.Parse(DtbDocumentExamples.KraCatalog));
        var product = response.Json![0]!["products"]![0]!;
        product["productId"]!.GetValue<string>().Should().Be("ETAX_1020230000058238");
        product["additionalFields"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == "TotalAmount")!["defaultValue"]!.GetValue<string>()
            .Should().Be("52008620");
        (await _ke.CatalogAsync(client, "catalogQuery=19_ETAX_1020230000058238")).Text.Should().Be(response.Text, "the bare form and catalogQuery= are the same query");
    }

    [Fact]
    public async Task The_local_catalog_lists_the_utilities_Fiorano_offers()
    {
        using var client = await _ke.LoginAsync();

        var response = await _ke.CatalogAsync(client, "catalogQuery=19_LOCAL-CATALOG");

        response.Code.Should().Be(200, response.Text);
        var partner = response.Json!.AsArray().Should().ContainSingle().Subject!;
        partner["partnerName"]!.GetValue<string>().Should().Be("dtbQueryUtility");
        partner["products"]!.AsArray().Select(p => p!["productId"]!.GetValue<string>())
            .Should().Equal(FioranoFixtures.Catalog(FioranoMarket.Kenya).Select(p => p.UtilityCode));
    }

    [Fact]
    public async Task An_unknown_PRN_is_refused_by_the_catalog_with_IAE001()
    {
        using var client = await _ke.LoginAsync();

        var response = await _ke.CatalogAsync(client, "catalogQuery=19_ETAX_1020230000000404");

        response.Code.Should().Be(400, response.Text);
        response.ErrorCode.Should().Be("IAE001");
        response.Error["description"]!.GetValue<string>().Should().Contain("PRN 1020230000000404 is not valid");
    }

    [Fact]
    public async Task The_documents_KRA_payment_is_PENDING_with_the_funds_held_then_SUCCESSFUL_settled_and_called_back()
    {
        using var receiver = CallbackReceiver.Start(engine.Clock);
        using var client = await _ke.LoginAsync();
        var payer = await _ke.CustomerAsync(52_100_000m);
        var settlementBefore = await _ke.WalletAsync(_ke.Tenant.VasSettlementWalletId);
        var body = JsonNode.Parse(DtbDocumentExamples.KraPayment)!.AsObject();
        body["externalUniqueId"] = Guid.NewGuid().ToString();
        body["walletId"] = payer.WalletId;
        body["callbackUrl"] = receiver.Url;

        var post = await _ke.PayRawAsync(client, payer.CustomerId, body.ToJsonString());

        post.Code.Should().Be(200, post.Text);
        post.Json.ShouldHaveShapeOf(JsonNode.Parse(DtbDocumentExamples.KraPaymentResponse));
        post.Json!["status"]!.GetValue<string>().Should().Be("PENDING");
        post.Json["paymentReference"]!.GetValue<string>().Should().Be("1020230000060915");
        var extraInfo = DtbWorld.ExtraInfo(post.Json.AsObject());
        var documented = DtbWorld.ExtraInfo(JsonNode.Parse(DtbDocumentExamples.KraPaymentResponse)!.AsObject());
        extraInfo.Select(p => p.Key).Should().Equal(documented.Select(p => p.Key), "the Kenya tax example's dtb* keys, in its order");
        extraInfo["dtbCallingCustomerId"]!.GetValue<long>().Should().Be(payer.CustomerId);
        extraInfo["dtbSourceName"]!.GetValue<string>().Should().Be("James Madison");
        extraInfo["dtbSourceType"]!.GetValue<string>().Should().Be("DTB_WALLET");
        var held = await _ke.WalletAsync(payer.WalletId);
        (held.Current, held.Available).Should().Be((52_100_000m, 52_100_000m - 52_008_620m), "the amount is reserved, not yet moved");

        var final = await _ke.AdvanceUntilFinalAsync(client, post.Json["paymentId"]!.GetValue<long>());

        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        final["extraInfo"]!.GetValue<string>().Should().Be(post.Json["extraInfo"]!.GetValue<string>());
        var after = await _ke.WalletAsync(payer.WalletId);
        (after.Current, after.Available).Should().Be((52_100_000m - 52_008_620m, 52_100_000m - 52_008_620m));
        (await _ke.WalletAsync(_ke.Tenant.VasSettlementWalletId)).Current.Should().Be(settlementBefore.Current + 52_008_620m);
        await receiver.WaitForAsync(1);
        JsonNode.Parse(receiver.Received.Single().BodyText)!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        engine.Fiorano.FindPayment(final["gatewayTransactionId"]!.GetValue<string>())!.UtilityCode.Should().Be("ETAX");
    }

    [Fact]
    public async Task The_documents_StarTimes_payment_answers_the_documented_shape_and_completes()
    {
        using var client = await _ke.LoginAsync();
        var payer = await _ke.CustomerAsync(500m);
        var body = JsonNode.Parse(DtbDocumentExamples.StarTimesPayment)!.AsObject();
        body["externalUniqueId"] = Guid.NewGuid().ToString();
        body["walletId"] = payer.WalletId;

        var post = await _ke.PayRawAsync(client, payer.CustomerId, body.ToJsonString());

        post.Code.Should().Be(200, post.Text);
        post.Json.ShouldHaveShapeOf(JsonNode.Parse(DtbDocumentExamples.StarTimesPaymentResponse));
        post.Json!["description"]!.GetValue<string>().Should().Be("VAS KE-STARTIMES payment for 1234567890");
        DtbWorld.ExtraInfo(post.Json.AsObject())["dtbDestinationAccountNumber"]!.GetValue<string>().Should().Be("KE-STARTIMES");
        (await _ke.AdvanceUntilFinalAsync(client, post.Json["paymentId"]!.GetValue<long>()))["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        (await _ke.WalletAsync(payer.WalletId)).Current.Should().Be(400m);
    }

    [Fact]
    public async Task A_tax_payment_for_the_wrong_amount_is_rejected_by_DTB_at_once_and_the_hold_released()
    {
        using var client = await _ke.LoginAsync();
        var payer = await _ke.CustomerAsync(60_000_000m);

        var post = await _ke.PayAsync(client, payer, "19_ETAX_1020230000060915", 1_000m);

        post["status"]!.GetValue<string>().Should().Be("ERROR", "DTB's documents know SUCCESSFUL and ERROR");
        post["errorDescription"]!.GetValue<string>().Should().Contain("does not match the amount due 52008620.00").And.EndWith("the reserved funds were released");
        var wallet = await _ke.WalletAsync(payer.WalletId);
        (wallet.Current, wallet.Available).Should().Be((60_000_000m, 60_000_000m));
    }

    [Fact]
    public async Task A_confirmation_that_fails_ends_ERROR_with_the_funds_given_back_and_a_callback()
    {
        using var receiver = CallbackReceiver.Start(engine.Clock);
        using var client = await _ke.LoginAsync();
        var payer = await _ke.CustomerAsync(1_000m);

        var post = await _ke.PayAsync(client, payer, $"19_KE-DSTV_7000{FioranoFixtures.ConfirmationFailsSuffix}", 250m, receiver.Url);
        post["status"]!.GetValue<string>().Should().Be("PENDING");
        (await _ke.WalletAsync(payer.WalletId)).Available.Should().Be(750m);
        var final = await _ke.AdvanceUntilFinalAsync(client, post["paymentId"]!.GetValue<long>());

        final["status"]!.GetValue<string>().Should().Be("ERROR");
        final["errorDescription"]!.GetValue<string>().Should().Contain("declined by the core banking system");
        var wallet = await _ke.WalletAsync(payer.WalletId);
        (wallet.Current, wallet.Available).Should().Be((1_000m, 1_000m));
        await receiver.WaitForAsync(1);
        JsonNode.Parse(receiver.Received.Single().BodyText)!["status"]!.GetValue<string>().Should().Be("ERROR");
    }

    [Fact]
    public async Task A_payment_Fiorano_never_confirms_ends_ERROR_after_the_polls_run_out()
    {
        using var client = await _ke.LoginAsync();
        var payer = await _ke.CustomerAsync(1_000m);

        var post = await _ke.PayAsync(client, payer, $"19_KE-GOTV_1{FioranoFixtures.NeverConfirmedSuffix}", 300m);
        var final = await _ke.AdvanceUntilFinalAsync(client, post["paymentId"]!.GetValue<long>());

        final["status"]!.GetValue<string>().Should().Be("ERROR");
        final["errorDescription"]!.GetValue<string>().Should().StartWith("No final state after 4 polls");
        var wallet = await _ke.WalletAsync(payer.WalletId);
        (wallet.Current, wallet.Available).Should().Be((1_000m, 1_000m));
    }

    [Fact]
    public async Task A_submission_that_times_out_and_never_reached_Fiorano_ends_ERROR_with_the_funds_released()
    {
        using var client = await _ke.LoginAsync();
        var payer = await _ke.CustomerAsync(1_000m);
        engine.Fiorano.AddFault(new FaultSpec
        {
            Id = "dtb-ke-submit-timeout",
            Match = new FaultMatch { Operation = FioranoSimulator.PaymentOperation, Field = "customerReference", FieldEquals = "5551234" },
            Outcome = new FaultOutcome { Kind = FaultKind.Timeout, Delay = TimeSpan.FromSeconds(40) },
            Count = 1,
        });

        var pending = client.PostAsync($"tenants/{_ke.TenantId}/customers/{payer.CustomerId}/payments", new
        {
            externalUniqueId = Guid.NewGuid().ToString(),
            type = "GLOBAL_VAS",
            paymentData = "19_KE-STARTIMES_5551234",
            amount = 200m,
            currency = "KES",
            walletId = payer.WalletId,
        });
        await WaitUntilAsync(() => engine.Fiorano.Journal.Entries(last: 5).Any(e => e.FaultId == "dtb-ke-submit-timeout"));
        engine.Clock.Advance(TimeSpan.FromSeconds(31));
        var post = await pending;

        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("PENDING", "an unanswered submission may still have arrived");
        var final = await _ke.AdvanceUntilFinalAsync(client, post.Json["paymentId"]!.GetValue<long>());
        final["status"]!.GetValue<string>().Should().Be("ERROR");
        final["errorDescription"]!.GetValue<string>().Should().Contain("DTB has no record of the payment");
        (await _ke.WalletAsync(payer.WalletId)).Available.Should().Be(1_000m);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        condition().Should().BeTrue();
    }
}
