using EclipseConformance.Load.Cli;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("load-cli-").FullName;
    private readonly StringWriter _console = new();

    private Task<int> Load(params string[] args) =>
        LoadCommandLine.InvokeAsync(args, ProfileRegistry.CreateDefault(), _console, TestContext.Current.CancellationToken);

    [Fact]
    public async Task The_echo_profile_runs_against_its_own_server_and_writes_a_report()
    {
        var exit = await Load("run", "--profile", "echo", "--rate", "100", "--duration", "1", "--warmup", "0", "--max-lag-ms", "30000", "--no-progress", "--out", _out);

        exit.Should().Be(ExitCodes.Passed, _console.ToString());
        var folder = Directory.GetDirectories(_out).Should().ContainSingle().Subject;
        Path.GetFileName(folder).Should().MatchRegex(@"^echo-\d{8}-\d{6}$");
        File.Exists(Path.Combine(folder, ReportWriter.HtmlFile)).Should().BeTrue();
        var manifest = RunManifest.FromJson(await File.ReadAllTextAsync(Path.Combine(folder, ReportWriter.ManifestFile), TestContext.Current.CancellationToken));
        manifest.Scenarios[0].Ok.Should().BeGreaterThan(0);
        manifest.Scenarios[0].Failed.Should().Be(0);
        _console.ToString().Should().Contain("PASSED");
    }

    [Fact]
    public async Task A_violated_threshold_makes_the_exit_code_non_zero()
    {
        // Issue 11 writes the command without the verb: "load --profile NAME".
        var exit = await Load("--profile", "echo", "--rate", "50", "--duration", "1", "--warmup", "0", "--p50-ms", "0.000001", "--no-progress", "--out", _out);

        exit.Should().Be(ExitCodes.Failed);
        _console.ToString().Should().Contain("THRESHOLD VIOLATED").And.Contain("p50 latency <= 0 ms");
    }

    [Fact]
    public async Task An_unknown_profile_is_a_usage_error_that_lists_the_known_ones()
    {
        var exit = await Load("run", "--profile", "nope", "--out", _out);

        exit.Should().Be(ExitCodes.UsageOrSetupError);
        _console.ToString().Should().Contain("Unknown profile 'nope'").And.Contain("echo");
    }

    [Fact]
    public async Task A_target_the_lean_client_cannot_speak_to_is_a_setup_error()
    {
        var exit = await Load("run", "--profile", "echo", "--target", "https://127.0.0.1:1/", "--duration", "1", "--no-progress", "--out", _out);

        exit.Should().Be(ExitCodes.UsageOrSetupError);
        _console.ToString().Should().Contain("plain HTTP only");
    }

    [Fact]
    public async Task Out_of_range_options_are_rejected_before_any_load()
    {
        var exit = await Load("run", "--profile", "echo", "--rate", "0", "--out", _out);

        exit.Should().Be(ExitCodes.UsageOrSetupError);
        Directory.GetDirectories(_out).Should().BeEmpty();
    }

    [Fact]
    public async Task Two_agents_each_take_half_the_rate_and_merge_into_one_report()
    {
        var startAt = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeMilliseconds() / 1000.0;
        var common = new[] { "--profile", "echo", "--rate", "100", "--duration", "1", "--warmup", "0", "--max-lag-ms", "30000", "--no-progress", "--out", _out, "--start-at", startAt.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var agents = await Task.WhenAll(
            Load(["run", .. common, "--agent-index", "0", "--agent-count", "2"]),
            Load(["run", .. common, "--agent-index", "1", "--agent-count", "2"]));
        var folders = Directory.GetDirectories(_out).Order().ToArray();

        agents.Should().Equal(ExitCodes.Passed, ExitCodes.Passed);
        folders.Select(Path.GetFileName).Should().SatisfyRespectively(
            a => a.Should().EndWith("-agent1of2"),
            b => b.Should().EndWith("-agent2of2"));
        var exit = await Load(["merge", .. folders, "--out", _out]);

        exit.Should().Be(ExitCodes.Passed, _console.ToString());
        var merged = Directory.GetDirectories(_out).Single(d => d.EndsWith("-merged", StringComparison.Ordinal));
        var manifest = RunManifest.FromJson(await File.ReadAllTextAsync(Path.Combine(merged, ReportWriter.ManifestFile), TestContext.Current.CancellationToken));
        manifest.AgentCount.Should().Be(2);
        manifest.Merged.Should().BeTrue();
        (manifest.Scenarios[0].Started + manifest.Scenarios[0].Dropped).Should().Be(100, "the agents' shares add up to the global schedule");
    }

    public void Dispose()
    {
        _console.Dispose();
        Directory.Delete(_out, recursive: true);
    }
}
