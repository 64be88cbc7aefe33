using EclipseConformance.Load.Eclipse;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Progress;
using EclipseConformance.Load.Reporting;
using Microsoft.Extensions.Logging.Abstractions;

namespace EclipseConformance.Load.Tests.Eclipse;

/// <summary>Short profile runs (about 2 s at a low rate) against a real engine process the default target starts.</summary>
internal static class EclipseRuns
{
    /// <summary>A small demo world and cheap password hashing, so the engine starts in a few seconds.</summary>
    public static readonly string[] SmallEngine =
        ["--DemoWorld:CustomerCount=300", "--DemoWorld:IntegratorKeyBits=2048", "--Identity:PasswordHashIterations=1000"];

    public static ProfileOptions Options(ILoadProfile profile, int rate = 40, bool echo = false, LoadModel model = LoadModel.Open) =>
        ProfileOptions.FromDefaults(profile.Defaults) with
        {
            Rate = rate,
            Duration = TimeSpan.FromSeconds(2),
            WarmUp = TimeSpan.FromSeconds(0.5),
            Concurrency = 4,
            Model = model,
            EchoBaseline = echo ? TimeSpan.FromSeconds(1) : TimeSpan.Zero,
            Settings = new Execution.RunSettings { MaxLag = TimeSpan.FromSeconds(10) },
            Eclipse = new EclipseOptions { Wallets = 12, EngineArguments = SmallEngine },
        };

    public static async Task<ProfileRunOutcome> RunAsync(ILoadProfile profile, ProfileOptions options)
    {
        var output = Directory.CreateTempSubdirectory("eclipse-load-test-").FullName;
        return await new ProfileRunner(TimeProvider.System, NullLoggerFactory.Instance)
            .RunAsync(profile, options, output, NullProgressReporter.Instance, TestContext.Current.CancellationToken);
    }

    public static ReportSection Section(this RunResult result, string titleStart) =>
        result.Sections.Should().ContainSingle(s => s.Title.StartsWith(titleStart, StringComparison.Ordinal), $"the report has a '{titleStart}' section").Subject;

    public static string Row(this ReportSection section, string keyStart) =>
        section.Rows.Should().ContainSingle(r => r.Key.StartsWith(keyStart, StringComparison.Ordinal)).Subject.Value;

    public static void ShouldHavePassedEveryCheck(this ProfileRunOutcome outcome)
    {
        var result = outcome.Result;
        var why = string.Join("\n", result.Sections.Select(s => $"{s.Title}: {s.Outcome} {string.Join("; ", s.Rows.Select(r => $"{r.Key}={r.Value}"))}"));
        result.FailedSections.Should().BeEmpty(why);
        result.Violations.Should().BeEmpty(why);
        result.StoppedReason.Should().BeNull();
        result.Passed.Should().BeTrue(why);
        result.Section("Ledger invariants (engine)").Outcome.Should().Be(SectionOutcome.Passed);
        result.Section("Transfers: acknowledged present exactly once").Outcome.Should().Be(SectionOutcome.Passed);
        result.Section("Wallet balances moved by exactly").Outcome.Should().Be(SectionOutcome.Passed);
        result.Section("Engine").Row("engine RSS at the end").Should().EndWith("MiB", "the runner started the engine and reads its /proc status");
    }
}
