using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Tests.Conformance;

/// <summary>
/// The payment rules of the conformance report, each against a scripted bad channel and a good one, over real HTTP
/// with real FrontierWeb payments; time is the manual virtual clock, so the 5 s / 2 min thresholds are exact.
/// </summary>
public class PaymentConformanceTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private static readonly TimeSpan PastTimeout = TimeSpan.FromSeconds(31);
    private readonly VasCalls _vas = new(engine);
    private readonly ConformanceProbe _probe = new(engine);

    [Fact]
    public async Task Polling_a_payment_faster_than_every_5_seconds_is_reported_with_the_offending_GETs()
    {
        _probe.StartWindow();
        using var client = await _vas.LoginAsync();
        var payment = await _probe.BuyUtilityAsync(_vas, client, 0);
        await _probe.StoredPaymentFinalAsync(payment);
        for (var i = 0; i < 3; i++)
        {
            (await _vas.GetAsync(client, payment)).Code.Should().Be(200);
            engine.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var report = await _probe.ReportAsync();

        ConformanceProbe.Rule(report, "paymentPolling")["status"]!.GetValue<string>().Should().Be("FAIL");
        var finding = ConformanceProbe.Findings(report, "paymentPolling", $"payment {payment}").Should().ContainSingle().Subject;
        var gets = await _probe.JournalIdsAsync("GET", $"/payments/{payment}");
        ConformanceProbe.JournalIds(finding).Should().Contain(gets).And.HaveCount(gets.Length + 1, "the POST that started the polling is named too");
        finding["message"]!.GetValue<string>().Should().Contain("less than 5s");
        ConformanceProbe.Rule(report, "paymentPolling")["source"]!["quote"]!.GetValue<string>().Should().Contain("Poll at 5-second intervals");
        report["conformant"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task Polling_every_5_seconds_until_extraInfo_is_present_is_silent()
    {
        _probe.StartWindow();
        using var client = await _vas.LoginAsync();
        var payment = await _probe.BuyUtilityAsync(_vas, client, 1);
        await _probe.StoredPaymentFinalAsync(payment);
        engine.Clock.Advance(TimeSpan.FromSeconds(5));
        var got = await _vas.GetAsync(client, payment);
        got.Json!["extraInfo"].Should().NotBeNull();
        engine.Clock.Advance(TimeSpan.FromMinutes(3));

        var report = await _probe.ReportAsync(_vas.TenantId);

        ConformanceProbe.Findings(report, "paymentPolling", $"payment {payment}").Should().BeEmpty();
        ConformanceProbe.Findings(report, "successfulWithoutExtraInfo", $"payment {payment}").Should().BeEmpty();
        ConformanceProbe.Rule(report, "paymentPolling")["status"]!.GetValue<string>().Should().Be("PASS");
        ConformanceProbe.Rule(report, "successfulWithoutExtraInfo")["status"]!.GetValue<string>().Should().Be("PASS");
    }

    [Fact]
    public async Task Polling_past_the_cap_while_the_payment_is_not_final_is_reported_and_the_cap_is_rule_data()
    {
        const string meter = "21500000071";
        using var admin = engine.SimulatorAdmin();
        (await admin.PutAsync("/sim/v1/rules", new { version = 1, policies = new { conformance = new { paymentPolling = new { maxDuration = "10s" } } } })).Code.Should().Be(200);
        engine.FrontierWeb.AddFault(new FaultSpec { Match = new FaultMatch { Operation = "Vend", BodyContains = ">" + meter + "<" }, Outcome = FaultOutcome.Timeout(), Count = 1 });
        try
        {
            _probe.StartWindow();
            using var client = await _vas.LoginAsync();
            var payment = await _probe.BuyUtilityAsync(_vas, client, 2, meter: meter);
            var late = new List<long>();
            for (var second = 5; second <= 20; second += 5)
            {
                engine.Clock.Advance(TimeSpan.FromSeconds(5));
                var get = await _vas.GetAsync(client, payment);
                get.Json!["extraInfo"].Should().BeNull("the vend is held by the fault, so the payment is not final yet");
                if (second > 10)
                {
                    late.Add((await _probe.JournalIdsAsync("GET", $"/payments/{payment}"))[^1]);
                }
            }

            var report = await _probe.ReportAsync();

            ConformanceProbe.Rule(report, "paymentPolling")["settings"]!["maxDuration"]!.GetValue<string>().Should().Be("10s");
            var finding = ConformanceProbe.Findings(report, "paymentPolling", $"payment {payment}").Should().ContainSingle().Subject;
            ConformanceProbe.JournalIds(finding).Should().Contain(late).And.HaveCount(late.Count + 1);
            finding["message"]!.GetValue<string>().Should().Contain("more than 10s after polling began");
            VasCalls.IsFinal(await _vas.AdvanceUntilFinalAsync(client, payment, PastTimeout)).Should().BeTrue();
        }
        finally
        {
            (await admin.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }
    }

    [Fact]
    public async Task Taking_SUCCESSFUL_without_extraInfo_as_final_is_reported_once_the_polling_window_is_over()
    {
        _probe.StartWindow();
        using var client = await _vas.LoginAsync();
        var payment = await _probe.BuyUtilityAsync(_vas, client, 2);
        (await _probe.StoredPaymentFinalAsync(payment))["hasExtraInfo"]!.GetValue<bool>().Should().BeTrue();

        engine.Clock.Advance(TimeSpan.FromSeconds(90));
        ConformanceProbe.Findings(await _probe.ReportAsync(), "successfulWithoutExtraInfo", $"payment {payment}").Should().BeEmpty("the channel may still be polling");
        engine.Clock.Advance(TimeSpan.FromSeconds(31));
        var report = await _probe.ReportAsync();

        var finding = ConformanceProbe.Findings(report, "successfulWithoutExtraInfo", $"payment {payment}").Should().ContainSingle().Subject;
        var posts = await _probe.JournalIdsAsync("POST", $"/customers/{_vas.Customer(2).CustomerId}/payments");
        ConformanceProbe.JournalIds(finding).Should().Equal(posts[^1]);
        finding["message"]!.GetValue<string>().Should().Contain("never fetched again");
    }

    [Fact]
    public async Task Reusing_an_externalUniqueId_after_the_payment_failed_is_reported_and_a_new_one_is_silent()
    {
        _probe.StartWindow();
        using var client = await _vas.LoginAsync();
        var key = Guid.NewGuid().ToString();
        var failed = await _probe.BuyUtilityAsync(_vas, client, 0, key: key, meter: "04000000001");
        (await _vas.AwaitFinalAsync(client, failed))["status"]!.GetValue<string>().Should().Be("FAILED");
        engine.Clock.Advance(TimeSpan.FromSeconds(10));
        var fresh = await _probe.BuyUtilityAsync(_vas, client, 0);
        var (body, generated) = DocumentRequests.For(DocumentRequests.Utility, _vas.Customer(0).WalletId);
        var reused = await _vas.PostRawAsync(client, _vas.Customer(0), body.Replace(generated, key, StringComparison.Ordinal));

        var report = await _probe.ReportAsync();

        var finding = ConformanceProbe.Findings(report, "reuseAfterFailure", $"payment externalUniqueId {key}").Should().ContainSingle().Subject;
        var posts = await _probe.JournalIdsAsync("POST", $"/customers/{_vas.Customer(0).CustomerId}/payments");
        ConformanceProbe.JournalIds(finding).Should().Contain(posts[^1]).And.Contain(posts[^3]);
        finding["message"]!.GetValue<string>().Should().Contain("FAILED");
        ConformanceProbe.Rule(report, "reuseAfterFailure")["findings"]!.AsArray().Should().ContainSingle("the retry with a new key is fine");
        ConformanceProbe.Rule(report, "retryAfterPending")["status"]!.GetValue<string>().Should().Be("PASS");
        fresh.Should().BeGreaterThan(failed);
        reused.Code.Should().NotBe(500);
    }

    [Fact]
    public async Task A_callback_answered_with_a_non_2xx_is_reported_and_an_acknowledged_one_is_not()
    {
        _probe.StartWindow();
        using var failing = CallbackReceiver.Start(engine.Clock, 500, 200);
        using var healthy = CallbackReceiver.Start(engine.Clock, 200);
        using var client = await _vas.LoginAsync();
        var refused = await _probe.BuyUtilityAsync(_vas, client, 1, callbackUrl: failing.Url);
        var acknowledged = await _probe.BuyUtilityAsync(_vas, client, 2, callbackUrl: healthy.Url);
        await _probe.CallbackAttemptsAsync(refused, 1);
        await _probe.CallbackAttemptsAsync(acknowledged, 1);

        var report = await _probe.ReportAsync(_vas.TenantId);

        var rule = ConformanceProbe.Rule(report, "callbackAcknowledgement");
        var finding = rule["findings"]!.AsArray().Select(f => f!.AsObject()).Should().ContainSingle(f => f["subject"]!.GetValue<string>().EndsWith($"(PAYMENT {refused})", StringComparison.Ordinal)).Subject;
        finding["message"]!.GetValue<string>().Should().Contain("500").And.Contain(failing.Url);
        finding["callbackIds"]!.AsArray().Should().ContainSingle();
        rule["findings"]!.AsArray().Should().NotContain(f => f!["subject"]!.GetValue<string>().EndsWith($"(PAYMENT {acknowledged})", StringComparison.Ordinal));
        engine.Clock.Advance(TimeSpan.FromSeconds(2));
        await _probe.CallbackAttemptsAsync(refused, 2);
    }

    [Fact]
    public async Task The_report_refuses_a_since_that_is_not_an_instant()
    {
        using var admin = engine.SimulatorAdmin();
        var response = await admin.GetAsync("/sim/v1/conformance?since=yesterday");
        response.Code.Should().Be(400);
        response.IsEnvelope().Should().BeTrue();
    }
}
