using EclipseConformance.Engine.Tests.Lookup;
using EclipseConformance.Engine.Tests.Withdrawals;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Conformance;

/// <summary>
/// Withdrawal, lookup and login rules of the conformance report: each detects a scripted bad channel and stays silent
/// for a good one; switching a rule off in the rule data makes it DISABLED.
/// </summary>
public class ChannelConformanceTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private readonly ConformanceProbe _probe = new(engine);
    private readonly WithdrawalWorld _world = new(engine);

    private long TenantId => engine.Seed.Tenants[0].TenantId;

    [Fact]
    public async Task Retrying_a_withdrawal_POST_with_the_same_externalUniqueId_after_PENDING_is_reported()
    {
        var wallet = await _world.CustomerWalletAsync(500m);
        _probe.StartWindow();
        using var client = await engine.LoginTenantAsync();
        var key = WithdrawalWorld.NewKey();
        var body = WithdrawalWorld.Body(100m, WithdrawalWorld.NewPhone(), key: key);
        (await WithdrawalWorld.CreateAsync(client, TenantId, wallet, body)).Json!["status"]!.GetValue<string>().Should().Be("PENDING");
        engine.Clock.Advance(TimeSpan.FromSeconds(3));
        await WithdrawalWorld.CreateAsync(client, TenantId, wallet, body);

        var report = await _probe.ReportAsync(TenantId);

        using var admin = engine.SimulatorAdmin();
        var finding = ConformanceProbe.Findings(report, "retryAfterPending", $"withdrawal externalUniqueId {key}").Should()
            .ContainSingle("{0} {1}", ConformanceProbe.Rule(report, "retryAfterPending").ToJsonString(), (await admin.GetAsync($"/sim/v1/journal?path=/wallets/{wallet}/withdrawals")).Text).Subject;
        ConformanceProbe.JournalIds(finding).Should().Equal(await _probe.JournalIdsAsync("POST", $"/wallets/{wallet}/withdrawals"));
        finding["message"]!.GetValue<string>().Should().Contain("PENDING");
        ConformanceProbe.Rule(report, "retryAfterPending")["source"]!["quote"]!.GetValue<string>().Should().Contain("Do not retry the POST");
    }

    [Fact]
    public async Task A_withdrawal_created_once_and_then_queried_is_silent()
    {
        var wallet = await _world.CustomerWalletAsync(500m);
        _probe.StartWindow();
        using var client = await engine.LoginTenantAsync();
        var created = await WithdrawalWorld.CreateAsync(client, TenantId, wallet, WithdrawalWorld.Body(100m, WithdrawalWorld.NewPhone()));
        engine.Clock.Advance(TimeSpan.FromSeconds(10));
        (await client.GetAsync($"tenants/{TenantId}/wallets/{wallet}/withdrawals/{created.Json!["withdrawalId"]}")).Code.Should().Be(200);

        var report = await _probe.ReportAsync(TenantId);

        ConformanceProbe.Rule(report, "retryAfterPending")["status"]!.GetValue<string>().Should().Be("PASS");
        ConformanceProbe.Rule(report, "reuseAfterFailure")["status"]!.GetValue<string>().Should().Be("PASS");
    }

    [Fact]
    public async Task Looking_up_the_same_person_on_every_payroll_run_is_reported_and_storing_the_walletId_is_silent()
    {
        var payee = engine.Seed.SampleCustomers.First(c => c.TenantId == 1002 && c.Currency == "ZAR");
        var stored = engine.Seed.SampleCustomers.Last(c => c.TenantId == 1002 && c.Currency == "ZAR");
        _probe.StartWindow();
        for (var run = 0; run < 3; run++)
        {
            using var payroll = await engine.LoginIntegratorAsync();
            (await payroll.RecordsAsync(("nationalIdentityNumber", payee.NationalIdentityNumber), ("phone", payee.Phone))).WalletIds().Should().Contain(payee.WalletId);
            engine.Clock.Advance(TimeSpan.FromDays(7));
        }

        using var integrator = await engine.LoginIntegratorAsync();
        (await integrator.RecordsAsync(("nationalIdentityNumber", stored.NationalIdentityNumber), ("phone", stored.Phone))).WalletIds().Should().Contain(stored.WalletId);

        var report = await _probe.ReportAsync();

        var finding = ConformanceProbe.Findings(report, "repeatedLookup", $"wallet {payee.WalletId}").Should().ContainSingle().Subject;
        ConformanceProbe.JournalIds(finding).Should().HaveCount(3);
        finding["caller"]!.GetValue<string>().Should().Be(engine.Seed.GlobalIntegrator.Identity);
        ConformanceProbe.Findings(report, "repeatedLookup", $"wallet {stored.WalletId}").Should().BeEmpty();
    }

    [Fact]
    public async Task Logging_in_before_every_call_is_reported_and_reusing_one_token_is_silent()
    {
        _probe.StartWindow();
        var wallets = $"tenants/{TenantId}/wallets?limit=1";
        for (var i = 0; i < 4; i++)
        {
            using var once = await engine.LoginTenantAsync();
            (await once.GetAsync(wallets)).Code.Should().Be(200);
        }

        using (var integrator = await engine.LoginIntegratorAsync())
        {
            for (var i = 0; i < 6; i++)
            {
                (await integrator.GetAsync($"tenants/{engine.Seed.GlobalIntegrator.TenantId}/wallets/{engine.Seed.GlobalIntegrator.WalletId}")).Code.Should().Be(200);
            }
        }

        var report = await _probe.ReportAsync();

        var finding = ConformanceProbe.Findings(report, "loginPerCall", $"identity {engine.Seed.Tenants[0].Identity}").Should().ContainSingle().Subject;
        ConformanceProbe.JournalIds(finding).Should().Equal((await _probe.JournalIdsAsync("POST", "/authentication/login"))[^5..^2]);
        ConformanceProbe.Findings(report, "loginPerCall", $"identity {engine.Seed.GlobalIntegrator.Identity}").Should().BeEmpty();
    }

    [Fact]
    public async Task A_rule_switched_off_in_the_rule_data_is_reported_as_DISABLED_with_no_findings()
    {
        using var admin = engine.SimulatorAdmin();
        (await admin.PutAsync("/sim/v1/rules", new { version = 1, policies = new { conformance = new { loginPerCall = new { enabled = false } } } })).Code.Should().Be(200);
        try
        {
            _probe.StartWindow();
            for (var i = 0; i < 4; i++)
            {
                using var once = await engine.LoginTenantAsync();
                (await once.GetAsync($"tenants/{TenantId}/wallets?limit=1")).Code.Should().Be(200);
            }

            var off = ConformanceProbe.Rule(await _probe.ReportAsync(), "loginPerCall");
            off["status"]!.GetValue<string>().Should().Be("DISABLED");
            off["findings"]!.AsArray().Should().BeEmpty();
        }
        finally
        {
            (await admin.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }

        ConformanceProbe.Rule(await _probe.ReportAsync(), "loginPerCall")["status"]!.GetValue<string>().Should().Be("FAIL", "the same traffic breaks the rule once it is on again");
    }

    [Fact]
    public async Task A_bad_threshold_in_a_rule_document_is_refused_and_the_report_keeps_the_last_good_rules()
    {
        using var admin = engine.SimulatorAdmin();
        var refused = await admin.PutAsync("/sim/v1/rules", new { version = 1, policies = new { conformance = new { paymentPolling = new { minInterval = "5 seconds" } } } });

        refused.Code.Should().Be(400);
        refused.Error["description"]!.GetValue<string>().Should().Contain("policies.conformance");
        ConformanceProbe.Rule(await _probe.ReportAsync(), "paymentPolling")["settings"]!["minInterval"]!.GetValue<string>().Should().Be("5s");
    }
}
