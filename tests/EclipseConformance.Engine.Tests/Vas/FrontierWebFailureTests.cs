using System.Net;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.FrontierWeb;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// What happens after the POST when FrontierWeb misbehaves (faults on the real SOAP simulator): a lost answer is settled
/// by the transaction check — delivered (extraInfo) or reversed (FAILED) — and declines reverse the funds.
/// </summary>
public class FrontierWebFailureTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private static readonly TimeSpan PastTimeout = TimeSpan.FromSeconds(31);
    private readonly VasCalls _vas = new(engine);

    [Fact]
    public async Task A_vend_whose_answer_is_lost_is_completed_from_the_transaction_check_and_charged_once()
    {
        const string meter = "21500000011";
        engine.FrontierWeb.AddFault(FrontierFaults.VendSucceedsButCallerTimesOut(meter));
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var (customer, before) = await StartAsync(admin);

        var payment = await BuyUtilityAsync(client, customer, meter);
        var final = await _vas.AdvanceUntilFinalAsync(client, payment, PastTimeout);

        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        var issued = engine.FrontierWeb.Transactions.LastTokenFor(meter)!;
        var token = ExtraInfo.Slot(final["extraInfo"]!.GetValue<string>(), "electricityResponse")["tokens"]![0]!["tokenNumber"]!.GetValue<string>();
        token.Should().Be(issued.Result.Descendants(FrontierXml.Fw + "tokenNumber").Single().Value, "the token is the one FrontierWeb issued before the answer was lost");
        Operations().Should().ContainInOrder("PreVend", "Vend", "TransactionCheck");
        (await BalancesAsync(admin, customer)).Should().Be(before with { Customer = before.Customer - 184m, Settlement = before.Settlement + 180m, Fees = before.Fees + 4m });
    }

    [Fact]
    public async Task A_vend_that_never_reached_the_provider_is_reversed_when_the_check_finds_nothing()
    {
        const string meter = "21500000012";
        engine.FrontierWeb.AddFault(new FaultSpec { Match = new FaultMatch { Operation = "Vend", BodyContains = ">" + meter + "<" }, Outcome = FaultOutcome.Timeout(), Count = 1 });
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var (customer, before) = await StartAsync(admin);

        var payment = await BuyUtilityAsync(client, customer, meter);
        (await BalancesAsync(admin, customer)).Customer.Should().Be(before.Customer - 184m, "funds are deducted at the POST");
        var final = await _vas.AdvanceUntilFinalAsync(client, payment, PastTimeout);

        final["status"]!.GetValue<string>().Should().Be("FAILED");
        final["errorDescription"]!.GetValue<string>().Should().Contain("no record of the vend");
        final.ContainsKey("extraInfo").Should().BeFalse();
        (await BalancesAsync(admin, customer)).Should().Be(before, "the reversal gives back amount and fee");
        var probe = new LedgerProbe(admin);
        var movements = await probe.TransactionsAsync(_vas.TenantId, customer.WalletId, $"Payment-{payment}");
        movements.Select(m => (m!["type"]!.GetValue<string>(), m["amount"]!.GetValue<decimal>())).Should().BeEquivalentTo([("VAS", -184m), ("REVERSAL", 184m)]);
        (await probe.InvariantsAsync(engine.SimulatorAdmin()))["ok"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task An_answer_that_is_not_xml_after_the_vend_was_processed_is_completed_from_the_check()
    {
        const string meter = "21500000013";
        engine.FrontierWeb.AddFault(new FaultSpec { Match = new FaultMatch { Operation = "Vend", BodyContains = ">" + meter + "<" }, Outcome = FaultOutcome.Malformed(processFirst: true), Count = 1 });
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var (customer, _) = await StartAsync(admin);

        var final = await _vas.AwaitFinalAsync(client, await BuyUtilityAsync(client, customer, meter));

        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        ExtraInfo.Slot(final["extraInfo"]!.GetValue<string>(), "electricityResponse")["meterNumber"]!.GetValue<string>().Should().Be(meter);
    }

    [Fact]
    public async Task A_declined_pre_vend_fails_the_payment_and_reverses_it()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var (customer, before) = await StartAsync(admin);

        var final = await _vas.AwaitFinalAsync(client, await BuyUtilityAsync(client, customer, "04000000001"));

        final["status"]!.GetValue<string>().Should().Be("FAILED");
        final["errorDescription"]!.GetValue<string>().Should().Contain("METER BLOCKED").And.Contain("reversed");
        (await BalancesAsync(admin, customer)).Should().Be(before);
        Operations().Should().NotContain("Vend", "a failed pre-vend stops the sale");
    }

    [Fact]
    public async Task With_the_older_failure_statuses_a_decline_is_ERROR_PERM()
    {
        using var admin = engine.SimulatorAdmin();
        (await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """{"version": 1, "policies": {"conflicts": {"vasFailureStatuses": "ERROR_PERM_TEMP"}}}""")).Code.Should().Be(200);
        try
        {
            using var client = await _vas.LoginAsync();
            var final = await _vas.AwaitFinalAsync(client, await BuyUtilityAsync(client, _vas.Customer(1), "04000000001"));
            final["status"]!.GetValue<string>().Should().Be("ERROR_PERM");
            final["errorDescription"]!.GetValue<string>().Should().Contain("METER BLOCKED");
        }
        finally
        {
            (await admin.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }
    }

    [Fact]
    public async Task A_vend_that_can_never_be_confirmed_fails_as_ERROR_after_the_last_check_and_is_reversed()
    {
        const string meter = "21500000014";
        engine.FrontierWeb.AddFault(new FaultSpec { Match = new FaultMatch { Operation = "Vend", BodyContains = ">" + meter + "<" }, Outcome = FaultOutcome.Timeout(), Count = 1 });
        var checks = engine.FrontierWeb.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("TransactionCheck"), Outcome = FaultOutcome.HttpError(503) });
        try
        {
            using var client = await _vas.LoginAsync();
            using var admin = await engine.LoginAdminAsync();
            var (customer, before) = await StartAsync(admin);

            var final = await _vas.AdvanceUntilFinalAsync(client, await BuyUtilityAsync(client, customer, meter), PastTimeout);

            final["status"]!.GetValue<string>().Should().Be("ERROR", "a temporary failure: the engine could not learn the outcome");
            final["errorDescription"]!.GetValue<string>().Should().Contain("after 3 transaction checks");
            (await BalancesAsync(admin, customer)).Should().Be(before);
            // The engine counted 3 checks (errorDescription); under load a check cut short by its engine-clock timeout can be
            // aborted before the simulator journals it, so the journal is only asked to show that checks were really sent.
            Operations().Should().Contain("TransactionCheck");
        }
        finally
        {
            engine.FrontierWeb.Faults.Remove(checks.Id);
        }
    }

    private async Task<long> BuyUtilityAsync(EclipseClient client, EclipseConformance.Engine.DemoWorld.SeedDocument.Customer customer, string meter)
    {
        var (body, _) = DocumentRequests.For(DocumentRequests.Utility, customer.WalletId, ("21500123456", meter));
        var post = await _vas.PostRawAsync(client, customer, body);
        post.Status.Should().Be(HttpStatusCode.OK, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        return post.Json!["paymentId"]!.GetValue<long>();
    }

    private async Task<(EclipseConformance.Engine.DemoWorld.SeedDocument.Customer Customer, Balances Before)> StartAsync(EclipseClient admin)
    {
        engine.FrontierWeb.Journal.Clear();
        var customer = _vas.Customer(0);
        return (customer, await BalancesAsync(admin, customer));
    }

    private Task<Balances> BalancesAsync(EclipseClient admin, EclipseConformance.Engine.DemoWorld.SeedDocument.Customer customer) =>
        Balances.ReadAsync(new LedgerProbe(admin), _vas.TenantId, customer.WalletId, _vas.Tenant.VasSettlementWalletId, _vas.Tenant.FeeWalletId);

    private List<string?> Operations() => engine.FrontierWeb.Journal.Entries().Select(e => e.Operation).ToList();

    internal static JsonObject Body(ApiResponse response) => response.Json!.AsObject();
}
