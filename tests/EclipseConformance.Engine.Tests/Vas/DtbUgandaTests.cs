using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Engine.Vas;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.Fiorano;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// DTB Uganda (partner 21) through the Fiorano simulator: every catalog and payment example of the document answers in
/// its documented shape; payments are PENDING with the dtb* extraInfo (the wallet type deciding dtbSourceType) until
/// Fiorano confirms them.
/// </summary>
public class DtbUgandaTests(DtbEngineFixture engine) : IClassFixture<DtbEngineFixture>
{
    private readonly DtbWorld _ug = new(engine, "UGX");

    [Theory]
    [InlineData("catalogQuery=21_LOCAL-CATALOG", nameof(DtbUgandaExamples.LocalCatalog))]
    [InlineData("catalogQuery=21_NWSC_21117391_Kampala", nameof(DtbUgandaExamples.NwscCatalog))]
    [InlineData("catalogQuery=21_UMEME_200166426", nameof(DtbUgandaExamples.UmemeCatalog))]
    [InlineData("21_ETAX_2240000621955", nameof(DtbUgandaExamples.UraCatalog))]
    public async Task Each_documented_catalog_query_answers_the_documented_shape(string query, string example)
    {
        using var client = await _ug.LoginAsync();
        var documented = JsonNode.Parse((string)typeof(DtbUgandaExamples).GetField(example)!.GetValue(null)!)!;

        var response = await _ug.CatalogAsync(client, query);

        response.Code.Should().Be(200, response.Text);
        response.Json.ShouldHaveShapeOf(documented);
        var products = response.Json![0]!["products"]!.AsArray();
        var expected = documented[0]!["products"]!.AsArray();
        products.Take(expected.Count).Select(p => p!["productId"]!.GetValue<string>()).Should().Equal(expected.Select(p => p!["productId"]!.GetValue<string>()));
        products[0]!["additionalFields"]!.ToJsonString().Should().Be(expected[0]!["additionalFields"]!.ToJsonString(), "the fields and values as printed");
    }

    [Fact]
    public async Task The_MTN_number_check_answers_the_subscriber_and_NWSC_without_an_area_is_refused()
    {
        using var client = await _ug.LoginAsync();

        var mtn = await _ug.CatalogAsync(client, "21_MTN_256779999703");
        var nwsc = await _ug.CatalogAsync(client, "catalogQuery=21_NWSC_21117391");

        mtn.Code.Should().Be(200, mtn.Text);
        mtn.Json![0]!["products"]![0]!["productId"]!.GetValue<string>().Should().Be("MTN_256779999703");
        mtn.Text.Should().Contain("Martha N");
        nwsc.Code.Should().Be(400);
        nwsc.ErrorCode.Should().Be("VAL001");
    }

    [Theory]
    [InlineData(nameof(DtbUgandaExamples.UmemePayment), nameof(DtbUgandaExamples.UmemeResponse), "UMEME")]
    [InlineData(nameof(DtbUgandaExamples.MtnPayment), nameof(DtbUgandaExamples.MtnResponse), "MTN")]
    public async Task The_documented_wallet_payments_answer_PENDING_in_the_documented_shape_and_complete(string request, string response, string utility)
    {
        using var client = await _ug.LoginAsync();
        var payer = await _ug.CustomerAsync(100_000m);
        var documented = JsonNode.Parse(Example(response))!.AsObject();

        var post = await _ug.PayRawAsync(client, payer.CustomerId, Body(request, payer.WalletId));

        post.Code.Should().Be(200, post.Text);
        post.Json.ShouldHaveShapeOf(documented);
        var extraInfo = DtbWorld.ExtraInfo(post.Json!.AsObject());
        extraInfo.ShouldHaveShapeOf(DtbWorld.ExtraInfo(documented));
        extraInfo["dtbSourceType"]!.GetValue<string>().Should().Be("DTB_WALLET");
        extraInfo["dtbDestinationAccountNumber"]!.GetValue<string>().Should().Be(utility);
        extraInfo["dtbDestinationName"]!.GetValue<string>().Should().Be(documented["additionalFields"]![1]!["value"]!.GetValue<string>());
        var final = await _ug.AdvanceUntilFinalAsync(client, post.Json["paymentId"]!.GetValue<long>());
        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        (await _ug.WalletAsync(payer.WalletId)).Current.Should().Be(100_000m - 29_182m);
    }

    [Fact]
    public async Task The_documented_URA_payment_from_a_wallet_type_configured_as_a_DTB_bank_account_says_DTB_BANK_ACCOUNT()
    {
        using var client = await _ug.LoginAsync();
        var payer = await _ug.CustomerAsync(30_000m);
        var documented = JsonNode.Parse(DtbUgandaExamples.UraResponse)!.AsObject();
        await SetSourceTypesAsync(client, "5001:DTB_BANK_ACCOUNT");
        try
        {
            var post = await _ug.PayRawAsync(client, payer.CustomerId, Body(nameof(DtbUgandaExamples.UraPayment), payer.WalletId));

            post.Code.Should().Be(200, post.Text);
            post.Json.ShouldHaveShapeOf(documented);
            post.Json!["paymentReference"]!.GetValue<string>().Should().Be("1001307092");
            var extraInfo = DtbWorld.ExtraInfo(post.Json.AsObject());
            extraInfo.ShouldHaveShapeOf(DtbWorld.ExtraInfo(documented));
            extraInfo["dtbSourceType"]!.GetValue<string>().Should().Be("DTB_BANK_ACCOUNT");
            extraInfo.ContainsKey("dtbDestinationAccountNumber").Should().BeFalse("tax payments name no destination account");
            (await _ug.AdvanceUntilFinalAsync(client, post.Json["paymentId"]!.GetValue<long>()))["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
            (await _ug.WalletAsync(payer.WalletId)).Current.Should().Be(5_000m);
        }
        finally
        {
            await SetSourceTypesAsync(client, "5001:DTB_WALLET,5003:DTB_BANK_ACCOUNT");
        }
    }

    [Fact]
    public async Task The_documented_NWSC_payment_holds_the_bill_amount_until_DTB_confirms_it()
    {
        using var client = await _ug.LoginAsync();
        var payer = await _ug.CustomerAsync(80_000m);

        var post = await _ug.PayRawAsync(client, payer.CustomerId, Body(nameof(DtbUgandaExamples.NwscPayment), payer.WalletId));

        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("PENDING");
        post.Json["description"]!.GetValue<string>().Should().Be("21117391");
        var held = await _ug.WalletAsync(payer.WalletId);
        (held.Current, held.Available).Should().Be((80_000m, 80_000m - 71_683m));
        (await _ug.AdvanceUntilFinalAsync(client, post.Json["paymentId"]!.GetValue<long>()))["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        var after = await _ug.WalletAsync(payer.WalletId);
        (after.Current, after.Available).Should().Be((80_000m - 71_683m, 80_000m - 71_683m));
    }

    [Fact]
    public async Task An_UMEME_account_that_is_already_paid_is_rejected_by_DTB_and_nothing_is_taken()
    {
        using var client = await _ug.LoginAsync();
        var payer = await _ug.CustomerAsync(10_000m);

        var post = await _ug.PayAsync(client, payer, "21_UMEME_200000409", 5_000m);

        post["status"]!.GetValue<string>().Should().Be("ERROR");
        post["errorDescription"]!.GetValue<string>().Should().Contain("has already been paid");
        var wallet = await _ug.WalletAsync(payer.WalletId);
        (wallet.Current, wallet.Available).Should().Be((10_000m, 10_000m));
    }

    [Fact]
    public async Task A_payment_in_another_currency_or_to_a_utility_outside_the_catalog_is_refused_before_anything_is_held()
    {
        using var client = await _ug.LoginAsync();
        var payer = await _ug.CustomerAsync(10_000m);

        var unknown = await client.PostAsync($"tenants/{_ug.TenantId}/customers/{payer.CustomerId}/payments", new
        {
            externalUniqueId = Guid.NewGuid().ToString(),
            type = "GLOBAL_VAS",
            paymentData = "21_KPLC_123456",
            amount = 100m,
            currency = "UGX",
            walletId = payer.WalletId,
        });

        unknown.Code.Should().Be(400);
        unknown.ErrorCode.Should().Be("VAL001");
        (await _ug.WalletAsync(payer.WalletId)).Available.Should().Be(10_000m);
    }

    [Fact]
    public async Task A_confirmation_failure_injected_by_a_fault_ends_ERROR_and_releases_the_funds()
    {
        using var client = await _ug.LoginAsync();
        var payer = await _ug.CustomerAsync(50_000m);
        var post = await _ug.PayAsync(client, payer, "21_MTN_256779999703", 20_000m);
        engine.Fiorano.AddFault(new FaultSpec
        {
            Match = new FaultMatch { Operation = FioranoSimulator.StatusOperation, Path = $"/dtbug/vas/1.0/payments/{post["gatewayTransactionId"]}" },
            Outcome = FaultOutcome.Business("E57", "MTN wallet is barred"),
            Count = 1,
        });

        var final = await _ug.AdvanceUntilFinalAsync(client, post["paymentId"]!.GetValue<long>());

        final["status"]!.GetValue<string>().Should().Be("ERROR");
        final["errorDescription"]!.GetValue<string>().Should().Be("DTB could not complete the payment: MTN wallet is barred (E57); the reserved funds were released");
        var wallet = await _ug.WalletAsync(payer.WalletId);
        (wallet.Current, wallet.Available).Should().Be((50_000m, 50_000m));
    }

    [Fact]
    public async Task An_NWSC_payment_Fiorano_never_confirms_ends_ERROR_after_the_polls_and_keeps_nothing()
    {
        using var client = await _ug.LoginAsync();
        var payer = await _ug.CustomerAsync(50_000m);

        var post = await _ug.PayAsync(client, payer, $"21_NWSC_21110{FioranoFixtures.NeverConfirmedSuffix}", 12_000m);
        var final = await _ug.AdvanceUntilFinalAsync(client, post["paymentId"]!.GetValue<long>());

        final["status"]!.GetValue<string>().Should().Be("ERROR");
        final["errorDescription"]!.GetValue<string>().Should().StartWith("No final state after 4 polls");
        (await _ug.WalletAsync(payer.WalletId)).Available.Should().Be(50_000m);
    }

    [Fact]
    public async Task An_UMEME_submission_that_times_out_before_reaching_Fiorano_ends_ERROR_with_the_hold_fully_released()
    {
        using var client = await _ug.LoginAsync();
        var payer = await _ug.CustomerAsync(40_000m);
        var settlementBefore = (await _ug.WalletAsync(_ug.Tenant.VasSettlementWalletId)).Current;

        var post = await PayPastSubmitTimeoutAsync(client, payer, "200177001", FaultOutcome.Timeout(TimeSpan.FromSeconds(40)));

        post["status"]!.GetValue<string>().Should().Be("PENDING", "an unanswered submission may still have arrived");
        var held = await _ug.WalletAsync(payer.WalletId);
        (held.Current, held.Available).Should().Be((40_000m, 15_000m), "the amount stays reserved until DTB's answer is known");
        engine.Fiorano.FindPayment(post["gatewayTransactionId"]!.GetValue<string>()).Should().BeNull("the request never got past the fault");
        var final = await _ug.AdvanceUntilFinalAsync(client, post["paymentId"]!.GetValue<long>());

        final["status"]!.GetValue<string>().Should().Be("ERROR");
        final["errorDescription"]!.GetValue<string>().Should().Contain("DTB has no record of the payment").And.EndWith("the reserved funds were released");
        var wallet = await _ug.WalletAsync(payer.WalletId);
        (wallet.Current, wallet.Available).Should().Be((40_000m, 40_000m), "nothing is kept, nothing is stuck");
        (await _ug.WalletAsync(_ug.Tenant.VasSettlementWalletId)).Current.Should().Be(settlementBefore);
    }

    [Fact]
    public async Task An_UMEME_submission_Fiorano_processed_but_whose_answer_timed_out_ends_SUCCESSFUL_and_settled()
    {
        using var client = await _ug.LoginAsync();
        var payer = await _ug.CustomerAsync(40_000m);
        var settlementBefore = (await _ug.WalletAsync(_ug.Tenant.VasSettlementWalletId)).Current;

        var post = await PayPastSubmitTimeoutAsync(client, payer, "200177002", FaultOutcome.SucceedThenTimeout(TimeSpan.FromSeconds(40)));

        post["status"]!.GetValue<string>().Should().Be("PENDING");
        engine.Fiorano.FindPayment(post["gatewayTransactionId"]!.GetValue<string>())!.UtilityCode.Should().Be("UMEME", "Fiorano did take the payment");
        var final = await _ug.AdvanceUntilFinalAsync(client, post["paymentId"]!.GetValue<long>());

        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", "the status query finds the payment the lost answer was about");
        var wallet = await _ug.WalletAsync(payer.WalletId);
        (wallet.Current, wallet.Available).Should().Be((15_000m, 15_000m), "the hold is captured exactly once");
        (await _ug.WalletAsync(_ug.Tenant.VasSettlementWalletId)).Current.Should().Be(settlementBefore + 25_000m);
    }

    /// <summary>
    /// POSTs a 25,000 UGX UMEME payment whose submission to Fiorano is held by <paramref name="outcome"/>; once the
    /// simulator has the request (so the engine's timeout timer exists), moves the clock past the 30 s provider timeout.
    /// </summary>
    private async Task<JsonObject> PayPastSubmitTimeoutAsync(TestKit.EclipseClient client, (long CustomerId, long WalletId) payer, string reference, FaultOutcome outcome)
    {
        var fault = engine.Fiorano.AddFault(new FaultSpec
        {
            Match = new FaultMatch { Operation = FioranoSimulator.PaymentOperation, Field = "customerReference", FieldEquals = reference },
            Outcome = outcome,
            Count = 1,
        });
        var pending = client.PostAsync($"tenants/{_ug.TenantId}/customers/{payer.CustomerId}/payments", new
        {
            externalUniqueId = Guid.NewGuid().ToString(),
            type = "GLOBAL_VAS",
            paymentData = $"21_UMEME_{reference}",
            amount = 25_000m,
            currency = "UGX",
            walletId = payer.WalletId,
        });
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromSeconds(15));
        while (!engine.Fiorano.Journal.Entries().Any(e => e.FaultId == fault.Id))
        {
            await Task.Delay(10, patience.Token);
        }

        engine.Clock.Advance(TimeSpan.FromSeconds(31));
        var post = await pending;
        post.Code.Should().Be(200, post.Text);
        return post.Json!.AsObject();
    }

    private async Task SetSourceTypesAsync(TestKit.EclipseClient client, string value) =>
        (await client.PutAsync($"tenants/{_ug.TenantId}/config-items", new[] { new { key = DtbSourceTypes.Key, value } })).Code.Should().Be(200);

    private static string Example(string name) => (string)typeof(DtbUgandaExamples).GetField(name)!.GetValue(null)!;

    private static string Body(string example, long walletId)
    {
        var body = JsonNode.Parse(Example(example).Replace("{{$guid}}", Guid.NewGuid().ToString(), StringComparison.Ordinal))!.AsObject();
        body["externalUniqueId"] = Guid.NewGuid().ToString();
        body["walletId"] = walletId;
        return body.ToJsonString();
    }
}
