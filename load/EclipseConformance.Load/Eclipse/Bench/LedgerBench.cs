using System.Globalization;
using System.Security.Cryptography;
using EclipseConformance.Load.Eclipse.Api;
using EclipseConformance.Load.Eclipse.Profiles;
using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Progress;
using EclipseConformance.Load.Reporting;
using EclipseConformance.Load.WireMockStub;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Eclipse.Bench;

/// <summary>
/// <c>bench ledger</c> (issue 3's benchmark): per round, start the engine; run the echo baseline (closed, N loops), the
/// WireMock.Net static-stub baseline (the same, with the transfer request; issue 11's "at least as fast as the stub") and
/// then transfer-steady in the closed model with the same loops and client (transfers/s, p50/p99, ratio to echo);
/// then transfer-steady in the open model at a fraction (70 %) of the measured throughput (p99 at that rate).
/// Every run is verified like any profile run. Writes each run's report and a summary with the medians.
/// </summary>
public sealed class LedgerBench(TimeProvider time, ILoggerFactory loggerFactory)
{
    public const double SqliteRatioTarget = 0.30;
    public const double PostgresRatioTarget = 0.15;
    public const double OpenP99TargetMs = 15;

    public async Task<BenchOutcome> RunAsync(LedgerBenchOptions options, string outputRoot, IProgressReporter? progress, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        options.Validate();
        var startedUtc = time.GetUtcNow();
        var engineOptions = new EngineTargetOptions
        {
            Store = options.Store,
            ExtraArguments = options.EngineArguments,
            EngineDll = options.EngineDll,
            // One password for every round, so later rounds on the same PostgreSQL database can log in.
            AdminPassword = options.AdminPassword ?? "Bench-" + RandomNumberGenerator.GetHexString(20, lowercase: true),
        };
        var rounds = new List<BenchRound>();
        for (var round = 1; round <= options.Rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"bench ledger: round {round} of {options.Rounds}, store {(engineOptions.IsSqlite ? "sqlite" : "postgresql")}, load average {ProcessStatus.LoadAverage() ?? "n/a"}"));
            rounds.Add(await RoundAsync(round, options, engineOptions, outputRoot, progress, output, cancellationToken));
        }

        var folder = ReportWriter.FolderFor(outputRoot, "bench-ledger", startedUtc);
        var summary = BenchSummary.Write(folder, options, engineOptions.IsSqlite, rounds, startedUtc);
        await output.WriteLineAsync(summary);
        return new BenchOutcome(rounds, folder, rounds.Count == options.Rounds && rounds.TrueForAll(r => r.ChecksPassed));
    }

    private async Task<BenchRound> RoundAsync(
        int round, LedgerBenchOptions options, EngineTargetOptions engineOptions, string outputRoot, IProgressReporter? progress, TextWriter output, CancellationToken cancellationToken)
    {
        await using var engine = await EngineTarget.StartAsync(engineOptions, time, cancellationToken);
        using var admin = new EclipseAdmin(engine.BaseAddress, engine.Admin);
        var loadBefore = ProcessStatus.LoadAverage() ?? "n/a";
        var profile = new TransferSteadyProfile();
        var runner = new ProfileRunner(time, loggerFactory);
        var eclipse = new EclipseOptions { Store = options.Store, Wallets = options.Wallets, AdminPassword = engine.Admin.Password };

        var closedOptions = new ProfileOptions
        {
            Model = LoadModel.Closed,
            Concurrency = options.Concurrency,
            Duration = options.ClosedDuration,
            WarmUp = options.WarmUp,
            EchoBaseline = options.EchoDuration,
            WireMockBaseline = options.WireMockBaseline ? options.EchoDuration : TimeSpan.Zero,
            WireMockWarmUp = options.WireMockWarmUp,
            Client = options.Client,
            Eclipse = eclipse,
            Thresholds = [Threshold.MaxErrorPercent(0)],
        };
        var statsBefore = await admin.LedgerStatsAsync(cancellationToken);
        var closed = await runner.RunAsync(profile, closedOptions, outputRoot, progress, engine, cancellationToken);
        var statsClosed = await admin.LedgerStatsAsync(cancellationToken);
        ConsoleLine(output, "closed", closed);

        var transfer = closed.Result.Scenarios.Single(s => s.Name == TransferScenario.Name);
        var echo = closed.Result.Scenarios.Single(s => s.Name == Echo.EchoBaseline.ScenarioName);
        var stub = closed.Result.Scenarios.SingleOrDefault(s => s.Name == WireMockBaseline.ScenarioName);
        var rate = Math.Max(1, (int)(transfer.OkPerSecond * options.OpenFraction));
        var openOptions = closedOptions with
        {
            Model = LoadModel.Open,
            Rate = rate,
            Concurrency = options.OpenConcurrency,
            Duration = options.OpenDuration,
            EchoBaseline = TimeSpan.Zero,
            WireMockBaseline = TimeSpan.Zero,
            Thresholds = [Threshold.MaxErrorPercent(0), Threshold.MaxDroppedPercent(1)],
        };
        var open = await runner.RunAsync(profile, openOptions, outputRoot, progress, engine, cancellationToken);
        var statsOpen = await admin.LedgerStatsAsync(cancellationToken);
        ConsoleLine(output, "open", open);
        var openStats = open.Result.Scenarios.Single(s => s.Name == TransferScenario.Name);
        var memory = engine.Memory();

        return new BenchRound
        {
            Round = round,
            EchoPerSecond = echo.OkPerSecond,
            EchoP50Ms = echo.LatencyMs(50),
            EchoP99Ms = echo.LatencyMs(99),
            StubPerSecond = stub?.OkPerSecond,
            StubP50Ms = stub?.LatencyMs(50),
            StubP99Ms = stub?.LatencyMs(99),
            StubFailed = stub?.Failed,
            TransfersPerSecond = transfer.OkPerSecond,
            TransferP50Ms = transfer.LatencyMs(50),
            TransferP99Ms = transfer.LatencyMs(99),
            ClosedAverageBatch = statsClosed.Since(statsBefore).AverageBatch,
            OpenRate = rate,
            OpenPerSecond = openStats.OkPerSecond,
            OpenP50Ms = openStats.LatencyMs(50),
            OpenP99Ms = openStats.LatencyMs(99),
            OpenDroppedPercent = openStats.DroppedPercent,
            OpenAverageBatch = statsOpen.Since(statsClosed).AverageBatch,
            TransfersInEngine = statsOpen.Postings,
            RssMiB = memory is { } m ? m.RssKiB / 1024.0 : double.NaN,
            PeakRssMiB = memory is { } p ? p.PeakKiB / 1024.0 : double.NaN,
            LoadAverageBefore = loadBefore,
            LoadAverageAfter = ProcessStatus.LoadAverage() ?? "n/a",
            // Invariant checks decide the bench; speed targets are reported, not enforced.
            ChecksPassed = !closed.Result.FailedSections.Any() && !open.Result.FailedSections.Any() && closed.Result.StoppedReason is null && open.Result.StoppedReason is null,
            ClosedReport = Path.GetFullPath(closed.ReportFolder),
            OpenReport = Path.GetFullPath(open.ReportFolder),
        };
    }

    private static void ConsoleLine(TextWriter output, string phase, ProfileRunOutcome outcome)
    {
        foreach (var s in outcome.Result.Scenarios)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {phase} {s.Name}: {s.OkPerSecond:F0} ok/s, failed {s.Failed}, dropped {s.Dropped}, p50 {s.LatencyMs(50):F2} ms, p99 {s.LatencyMs(99):F2} ms"));
        }

        foreach (var failed in outcome.Result.FailedSections)
        {
            output.WriteLine($"  CHECK FAILED: {failed.Title}");
        }

        output.WriteLine($"  report: {Path.GetFullPath(outcome.ReportFolder)}");
    }
}
