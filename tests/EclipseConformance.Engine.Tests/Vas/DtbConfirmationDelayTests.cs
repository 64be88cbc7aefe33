using System.Text;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Control;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators.Fiorano;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// How long DTB's Fiorano takes to confirm is data (ADR 0042): <c>Simulators:fiorano:ConfirmationDelay</c> at start,
/// overridden by a rule's <c>simulators.fiorano.confirmationDelay</c> (PUT /sim/v1/rules or a rule file), validated,
/// reloadable, timed on the engine's clock.
/// </summary>
public class DtbConfirmationDelayTests(DtbDelayFixture engine) : IClassFixture<DtbDelayFixture>
{
    private const string ThirtySeconds = "version: 1\nsimulators:\n  fiorano:\n    confirmationDelay: 30s\n";

    private readonly DtbWorld _ke = new(engine, "KES");

    [Fact]
    public async Task A_rule_makes_Fiorano_confirm_after_30_s_so_the_payment_is_PENDING_at_29_s_and_SUCCESSFUL_at_30_s()
    {
        using var admin = engine.SimulatorAdmin();
        using var client = await _ke.LoginAsync();
        var payer = await _ke.CustomerAsync(1_000m);
        var settlementBefore = (await _ke.WalletAsync(_ke.Tenant.VasSettlementWalletId)).Current;
        (await PutRulesAsync(admin, ThirtySeconds)).Code.Should().Be(200);
        try
        {
            engine.Fiorano.ConfirmationDelay.Should().Be(TimeSpan.FromSeconds(30));
            await engine.WaitIdleAsync();
            var post = await _ke.PayAsync(client, payer, "19_KE-STARTIMES_3000030", 250m);
            post["status"]!.GetValue<string>().Should().Be("PENDING");
            var transactionRef = post["gatewayTransactionId"]!.GetValue<string>();
            var accepted = engine.Fiorano.FindPayment(transactionRef)!;
            accepted.ConfirmAt.Should().Be(accepted.AcceptedAt + TimeSpan.FromSeconds(30));

            for (var step = 0; step < 5; step++)
            {
                await engine.AdvanceAsync(TimeSpan.FromSeconds(5));
            }

            await engine.AdvanceAsync(TimeSpan.FromSeconds(4));
            engine.Clock.GetUtcNow().Should().Be(accepted.AcceptedAt + TimeSpan.FromSeconds(29));
            StatusQueries(transactionRef).Should().Be(5, "the engine asked at 5, 10, 15, 20 and 25 s");
            (await GatewayStatusAsync(transactionRef)).Should().Be("PENDING", "Fiorano has not confirmed at 29 s");
            (await _ke.GetAsync(client, post["paymentId"]!.GetValue<long>()))["status"]!.GetValue<string>().Should().Be("PENDING");
            var held = await _ke.WalletAsync(payer.WalletId);
            (held.Current, held.Available).Should().Be((1_000m, 750m), "the amount is still only reserved");

            var asked = StatusQueries(transactionRef);

            await engine.AdvanceAsync(TimeSpan.FromSeconds(1));

            StatusQueries(transactionRef).Should().Be(asked + 1, "the engine asked again at 30 s");
            (await GatewayStatusAsync(transactionRef)).Should().Be("SUCCESSFUL");
            (await _ke.GetAsync(client, post["paymentId"]!.GetValue<long>()))["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
            var after = await _ke.WalletAsync(payer.WalletId);
            (after.Current, after.Available).Should().Be((750m, 750m), "the hold is captured");
            (await _ke.WalletAsync(_ke.Tenant.VasSettlementWalletId)).Current.Should().Be(settlementBefore + 250m);
        }
        finally
        {
            (await admin.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }

        engine.Fiorano.ConfirmationDelay.Should().Be(DtbDelayFixture.ConfiguredDelay, "removing the rule returns to the configured delay");
    }

    [Fact]
    public async Task Without_a_rule_the_configured_delay_applies_and_a_negative_or_absurd_delay_is_refused_with_the_envelope()
    {
        using var admin = engine.SimulatorAdmin();
        engine.Fiorano.ConfirmationDelay.Should().Be(DtbDelayFixture.ConfiguredDelay);
        var shown = (await admin.GetAsync("/sim/v1/rules")).Json!["simulators"]!["fiorano"]!;
        (shown["confirmationDelay"]!.GetValue<string>(), shown["source"]!.GetValue<string>()).Should().Be(("12s", "configuration"));

        foreach (var (delay, why) in new[] { ("-5s", "expected a duration from 0ms to 1d"), ("2d", "must be between 0ms and 1d"), ("forever", "expected a duration from 0ms to 1d") })
        {
            var refused = await PutRulesAsync(admin, $"version: 1\nsimulators:\n  fiorano:\n    confirmationDelay: \"{delay}\"\n");

            refused.Code.Should().Be(400, refused.Text);
            refused.ErrorCode.Should().Be("VAL001");
            refused.Error["description"]!.GetValue<string>().Should()
                .StartWith("Rules refused, the previous rules stay active: runtime.yaml:4:")
                .And.Contain("rule 'simulators.fiorano.confirmationDelay'").And.Contain(why);
            engine.Fiorano.ConfirmationDelay.Should().Be(DtbDelayFixture.ConfiguredDelay, "a refused document changes nothing");
        }
    }

    [Fact]
    public async Task A_rule_file_sets_the_delay_on_reload_it_survives_a_world_reset_and_removing_the_file_restores_the_configured_one()
    {
        using var admin = engine.SimulatorAdmin();
        engine.WriteRuleFile("dtb-delay.yaml", ThirtySeconds.Replace("30s", "45s", StringComparison.Ordinal));
        try
        {
            var reloaded = await admin.PostAsync("/sim/v1/rules/reload", null);

            reloaded.Code.Should().Be(200, reloaded.Text);
            reloaded.Json!["simulators"]!["fiorano"]!["source"]!.GetValue<string>().Should().Be("dtb-delay.yaml");
            engine.Fiorano.ConfirmationDelay.Should().Be(TimeSpan.FromSeconds(45));
            (await admin.PostAsync("/sim/v1/reset", null)).Code.Should().Be(200);
            engine.Fiorano.ConfirmationDelay.Should().Be(TimeSpan.FromSeconds(45), "a reset puts the simulators back and the rules are applied again");
        }
        finally
        {
            engine.WriteRuleFile("dtb-delay.yaml", "version: 1\n");
            (await admin.PostAsync("/sim/v1/rules/reload", null)).Code.Should().Be(200);
        }

        engine.Fiorano.ConfirmationDelay.Should().Be(DtbDelayFixture.ConfiguredDelay);
    }

    private static Task<TestKit.ApiResponse> PutRulesAsync(TestKit.EclipseClient admin, string yaml)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "sim/v1/rules") { Content = new StringContent(yaml, Encoding.UTF8, "application/yaml") };
        return admin.SendAsync(request);
    }

    private int StatusQueries(string transactionRef) => engine.Fiorano.Journal.Entries()
        .Count(e => e.Operation == FioranoSimulator.StatusOperation && e.Path.EndsWith("/payments/" + transactionRef, StringComparison.Ordinal));

    /// <summary>Asks the Fiorano simulator directly over HTTP (not through the engine) what it says about the payment now.</summary>
    private async Task<string> GatewayStatusAsync(string transactionRef)
    {
        using var http = new HttpClient { BaseAddress = engine.Services.GetRequiredService<SimulatorEndpoints>().BaseUrl(FioranoSimulator.SimulatorName) };
        var body = JsonNode.Parse(await http.GetStringAsync($"/dtbke/vas/1.0/payments/{Uri.EscapeDataString(transactionRef)}", TestContext.Current.CancellationToken))!;
        return body["status"]!.GetValue<string>();
    }
}
