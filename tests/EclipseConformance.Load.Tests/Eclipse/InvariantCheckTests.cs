using EclipseConformance.Load.Eclipse.Profiles;
using EclipseConformance.Load.Eclipse.Verification;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Tests.Eclipse;

/// <summary>The post-run checks catch a ledger that disagrees with what the runner was told, and fail the run.</summary>
public sealed class InvariantCheckTests
{
    [Fact]
    public async Task A_fabricated_acknowledged_transfer_that_is_not_in_the_ledger_fails_the_run_and_is_listed()
    {
        var profile = new TransferSteadyProfile();
        var fabricated = Guid.CreateVersion7();
        var spy = new SpyProfile(profile, context =>
        {
            var run = EclipseRun.Of(context);
            run.Book.NewLog("fabricated", 1).Record(0, new TransferRecord(fabricated, 0, 1, 123 * Nanos.PerCent, TransferOutcome.Acknowledged, 204));
            return Task.CompletedTask;
        });

        var outcome = await EclipseRuns.RunAsync(spy, EclipseRuns.Options(profile));

        outcome.Result.Passed.Should().BeFalse();
        outcome.Result.ExitCode.Should().Be(1);
        var keys = outcome.Result.Section("Transfers: acknowledged present exactly once");
        keys.Outcome.Should().Be(SectionOutcome.Failed);
        keys.Row("violations").Should().Be("1");
        keys.Row("violation 1").Should().Be($"{fabricated}: acknowledged but not in the ledger");
        var balances = outcome.Result.Section("Wallet balances moved by exactly");
        balances.Outcome.Should().Be(SectionOutcome.Failed, "the two wallets did not move by the fabricated 1.23");
        balances.Row("mismatches").Should().Be("2");
        outcome.Result.Section("Ledger invariants (engine)").Outcome.Should().Be(SectionOutcome.Passed, "the engine's own ledger is consistent");
        (await File.ReadAllTextAsync(Path.Combine(outcome.ReportFolder, ReportWriter.MarkdownFile), TestContext.Current.CancellationToken))
            .Should().Contain("acknowledged but not in the ledger").And.StartWith("# transfer-steady — FAILED");
    }

    [Fact]
    public async Task A_transfer_reported_rejected_that_is_in_the_ledger_is_a_violation_in_full_and_sampled_checks()
    {
        var profile = new TransferSteadyProfile();
        IReadOnlyList<ReportSection> full = [], sampled = [];
        var spy = new SpyProfile(profile, async context =>
        {
            var run = EclipseRun.Of(context);
            var real = run.Book.AllRecords().First(r => r.Outcome == TransferOutcome.Acknowledged);
            var book = new TransferBook();
            book.NewLog("misreported", 1).Record(0, real with { Outcome = TransferOutcome.Rejected, Status = 400 });
            full = await new TransferVerifier(run.Admin, run.Wallets, book, VerifyMode.Full).VerifyAsync(TestContext.Current.CancellationToken);
            sampled = await new TransferVerifier(run.Admin, run.Wallets, book, VerifyMode.Parse("sample:5")).VerifyAsync(TestContext.Current.CancellationToken);
        });

        var outcome = await EclipseRuns.RunAsync(spy, EclipseRuns.Options(profile));

        outcome.ShouldHavePassedEveryCheck();
        foreach (var sections in new[] { full, sampled })
        {
            var keys = sections.Single(s => s.Title.StartsWith("Transfers:", StringComparison.Ordinal));
            keys.Outcome.Should().Be(SectionOutcome.Failed);
            keys.Row("violation 1").Should().EndWith("rejected (HTTP 400) but present 1 times");
        }
    }

    [Fact]
    public async Task Sampled_verification_checks_the_sampled_keys_and_passes_on_a_correct_ledger()
    {
        var profile = new TransferSteadyProfile();

        var outcome = await EclipseRuns.RunAsync(profile, EclipseRuns.Options(profile) with { Eclipse = EclipseRuns.Options(profile).Eclipse with { Verify = VerifyMode.Parse("sample:10") } });

        outcome.ShouldHavePassedEveryCheck();
        var keys = outcome.Result.Section("Transfers: acknowledged");
        keys.Row("verification").Should().StartWith("sample:10");
        keys.Row("acknowledged (2xx) keys").Should().MatchRegex(@"^[\d,]+: 10 / 10$");
    }
}
