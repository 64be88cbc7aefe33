using EclipseConformance.Load.Eclipse.Profiles;
using EclipseConformance.Load.Eclipse.Profiles.Mixed;
using EclipseConformance.Load.Eclipse.Verification;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Tests.Eclipse;

/// <summary>
/// Every Eclipse profile, run for about 2 s at a low rate against a real engine process started by its default
/// target, passes its post-run ledger checks. Functional only: no speed is asserted.
/// </summary>
public sealed class EclipseProfileRunTests
{
    [Fact]
    public async Task Transfer_steady_runs_against_its_own_engine_and_every_acknowledged_transfer_is_in_the_ledger_once()
    {
        var profile = new TransferSteadyProfile();

        var outcome = await EclipseRuns.RunAsync(profile, EclipseRuns.Options(profile, echo: true));

        outcome.ShouldHavePassedEveryCheck();
        var transfer = outcome.Result.Scenarios.Single(s => s.Name == "transfer");
        transfer.Ok.Should().BeGreaterThan(0);
        transfer.Failed.Should().Be(0);
        var keys = outcome.Result.Section("Transfers: acknowledged").Row("acknowledged (2xx) keys");
        keys.Should().MatchRegex(@"^([\d,]+): \1 / \1$", "every acknowledged key was checked and found once");
        outcome.Result.Section("Ratio of transfer to the echo endpoint").Row("throughput ratio").Should().MatchRegex(@"^0\.\d+$");
        outcome.Result.Scenarios.Select(s => s.Name).Should().Equal("echo-baseline", "transfer");
        File.Exists(Path.Combine(outcome.ReportFolder, "report.html")).Should().BeTrue();
    }

    [Fact]
    public async Task Transfer_ramp_raises_the_rate_and_reports_the_knee()
    {
        var profile = new TransferRampProfile();

        var outcome = await EclipseRuns.RunAsync(profile, EclipseRuns.Options(profile, rate: 60));

        outcome.ShouldHavePassedEveryCheck();
        outcome.Result.Section("Knee of the ramp").Row("knee").Should().NotBeNullOrEmpty();
        outcome.Result.Settings.Should().Contain(s => s.Key == "scenario transfer" && s.Value.Contains("ramp injection to 60", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Payroll_pays_customers_of_two_tenants_from_the_integrators_hot_wallet()
    {
        var profile = new PayrollHotWalletProfile();

        var outcome = await EclipseRuns.RunAsync(profile, EclipseRuns.Options(profile));

        outcome.ShouldHavePassedEveryCheck();
        outcome.Result.Scenarios.Single(s => s.Name == PayrollHotWalletProfile.ScenarioName).Ok.Should().BeGreaterThan(0);
        outcome.Result.Section("Payroll").Row("customers paid in turn").Should().Contain("tenants 1001 and 1002");
    }

    [Fact]
    public async Task Mixed_runs_every_kind_of_request_and_checks_withdrawal_holds_and_vas_charges_afterwards()
    {
        var profile = new MixedProfile();

        var outcome = await EclipseRuns.RunAsync(profile, EclipseRuns.Options(profile, rate: 80));

        outcome.ShouldHavePassedEveryCheck();
        outcome.Result.Scenarios.Select(s => s.Name).Should().BeEquivalentTo("transfer", "wallet-enquiry", "transactions-query", "lookup", "withdrawal", "vas-payment");
        outcome.Result.Scenarios.Should().OnlyContain(s => s.Ok > 0 && s.Failed == 0);
        var withdrawals = outcome.Result.Section("Withdrawals: every accepted token holds its amount");
        withdrawals.Row("reservations grew by").Should().Be(withdrawals.Row("expected")).And.NotBe("0.00");
        var vas = outcome.Result.Section("VAS: no payment charged twice, no money created");
        vas.Row("accepted payments").Should().NotBe("0");
        outcome.Result.Section("Mixed: what this run covers").Rows.Select(r => r.Key).Should().HaveCount(6);
    }

    [Fact]
    public async Task Soak_samples_the_engine_memory_through_the_run_and_judges_its_growth()
    {
        var profile = new SoakProfile();

        var outcome = await EclipseRuns.RunAsync(profile, EclipseRuns.Options(profile) with { Duration = TimeSpan.FromSeconds(4) });

        outcome.ShouldHavePassedEveryCheck();
        var memory = outcome.Result.Section("Soak: engine memory stays flat");
        int.Parse(memory.Row("samples").Split(',')[0], System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(8);
        memory.Row("peak RSS, last quarter").Should().EndWith("MiB");
    }

    [Fact]
    public void Soak_judges_only_the_memory_sampled_while_the_load_ran()
    {
        (TimeSpan, long)[] samples = [(TimeSpan.FromSeconds(10), 300), (TimeSpan.FromSeconds(600), 310), (TimeSpan.FromSeconds(610), 311), (TimeSpan.FromSeconds(640), 380)];

        var (during, after) = SoakProfile.SplitAtLoadEnd(samples, TimeSpan.FromSeconds(610));

        during.Select(s => s.RssKiB).Should().Equal(300, 310, 311);
        after.Select(s => s.RssKiB).Should().Equal(380);
    }

    [Fact]
    public async Task Transfer_steady_also_runs_in_the_closed_model_with_the_httpclient_client()
    {
        var profile = new TransferSteadyProfile();

        var outcome = await EclipseRuns.RunAsync(profile, EclipseRuns.Options(profile, model: LoadModel.Closed) with { Client = LoadClient.HttpClient, Concurrency = 2 });

        outcome.ShouldHavePassedEveryCheck();
        outcome.Result.Scenarios.Single().Model.Should().Be("closed");
    }

    [Fact]
    public async Task Transfer_retries_really_sends_repeats_races_and_conflicts_and_each_key_is_applied_once()
    {
        var profile = new TransferRetriesProfile();
        EclipseRun? run = null;
        var spy = new SpyProfile(profile, context =>
        {
            run = EclipseRun.Of(context);
            return Task.CompletedTask;
        });

        var outcome = await EclipseRuns.RunAsync(spy, EclipseRuns.Options(profile, rate: 80));

        outcome.ShouldHavePassedEveryCheck();
        var book = run!.Book;
        var repeats = book.Find(TransferRetriesProfile.Repeat)!.Records.ToList();
        var conflicts = book.Find(TransferRetriesProfile.Conflict)!.Records.ToList();
        var races = book.Find(TransferRetriesProfile.Race)!.Records.ToList();
        repeats.Should().NotBeEmpty().And.OnlyContain(r => r.Outcome == TransferOutcome.Acknowledged, "a same-payload repeat answers as the first success did");
        conflicts.Should().NotBeEmpty().And.OnlyContain(r => r.Status == 409, "reusing a key with another amount is a conflict");
        races.Should().NotBeEmpty();
        var freshKeys = book.Find(TransferRetriesProfile.Fresh)!.Records.Concat(book.Find(TransferRetriesProfile.SeedLog)!.Records).Select(r => r.Key).ToHashSet();
        repeats.Concat(conflicts).Concat(races).Should().OnlyContain(r => freshKeys.Contains(r.Key), "duplicates reuse keys already sent");
        outcome.Result.Section("Duplicates and conflicts").Outcome.Should().Be(Reporting.SectionOutcome.Passed);
    }
}
