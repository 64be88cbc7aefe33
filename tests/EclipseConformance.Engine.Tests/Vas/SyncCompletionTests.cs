using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// The older FrontierWeb document, selected by a rule file (<c>conflicts.frontierWebCompletion: SYNC</c>): the POST runs
/// the pre-vend and vend and answers with extraInfo; a slow provider leaves it PENDING, finished later in the background.
/// </summary>
public class SyncCompletionTests(OlderDocumentFixture engine) : IClassFixture<OlderDocumentFixture>
{
    private readonly VasCalls _vas = new(engine);

    [Fact]
    public async Task The_POST_waits_for_pre_vend_and_vend_and_answers_with_the_token_in_extraInfo()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(0);

        var post = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Utility, customer.WalletId).Body);

        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        var extraInfo = post.Json!["extraInfo"]!.GetValue<string>();
        ExtraInfo.Phases(extraInfo).Select(p => p.Att).Should().Equal("preValidationResponse", "vendResponse");
        ExtraInfo.Slot(extraInfo, "electricityResponse")["tokens"]![0]!["tokenNumber"]!.GetValue<string>().Should().MatchRegex("^[0-9]{20}$");
        (await _vas.GetAsync(client, post.Json!["paymentId"]!.GetValue<long>())).Json!["extraInfo"]!.GetValue<string>().Should().Be(extraInfo);
    }

    [Fact]
    public async Task A_decline_answers_ERROR_PERM_with_the_funds_already_reversed()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new TestKit.LedgerProbe(admin);
        var customer = _vas.Customer(1);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);

        var post = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Dstv, customer.WalletId, ("12345678", "99999999")).Body);

        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("ERROR_PERM");
        post.Json!["errorDescription"]!.GetValue<string>().Should().Contain("ACCOUNT CLOSED");
        (await probe.SnapshotAsync(_vas.TenantId, customer.WalletId)).Current.Should().Be(before.Current);
    }

    [Fact]
    public async Task A_provider_that_cannot_confirm_leaves_the_POST_PENDING_and_the_payment_ends_ERROR_TEMP_later()
    {
        const string meter = "21500000021";
        engine.FrontierWeb.AddFault(new FaultSpec { Match = new FaultMatch { Operation = "Vend", BodyContains = ">" + meter + "<" }, Outcome = FaultOutcome.Timeout(), Count = 1 });
        var checks = engine.FrontierWeb.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("TransactionCheck"), Outcome = FaultOutcome.HttpError(503) });
        try
        {
            using var client = await _vas.LoginAsync();
            var customer = _vas.Customer(2);
            var posting = _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Utility, customer.WalletId, ("21500123456", meter)).Body);
            while (!engine.FrontierWeb.Journal.Entries().Any(e => e.Operation == "Vend" && e.RequestBody.Contains(meter, StringComparison.Ordinal)))
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }

            engine.Clock.Advance(TimeSpan.FromSeconds(31));
            var post = await posting;

            post.Code.Should().Be(200, post.Text);
            post.Json!["status"]!.GetValue<string>().Should().Be("PENDING", "the older document: PENDING while the provider has not confirmed");
            post.Json!.AsObject().ContainsKey("extraInfo").Should().BeFalse();
            var final = await _vas.AdvanceUntilFinalAsync(client, post.Json!["paymentId"]!.GetValue<long>(), TimeSpan.FromSeconds(31));
            final["status"]!.GetValue<string>().Should().Be("ERROR_TEMP");
        }
        finally
        {
            engine.FrontierWeb.Faults.Remove(checks.Id);
        }
    }
}
