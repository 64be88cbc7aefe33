using System.Globalization;
using EclipseConformance.Load.Eclipse.Api;
using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.Eclipse.Verification;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// Base of the profiles that drive the engine: the default target is the real engine as a separate process; setup
/// happens through the API; after every run the ledger is read back and checked (engine invariants, every key,
/// every balance), and the engine's group-commit counters and memory are reported.
/// </summary>
public abstract class EclipseProfile : LoadProfile
{
    /// <summary>How long the checks wait for the engine's ledger queue to empty after the run.</summary>
    public static readonly TimeSpan DrainWait = TimeSpan.FromSeconds(60);

    public override async Task<ILoadTarget> StartDefaultTargetAsync(ProfileOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return await EngineTarget.StartAsync(options.Eclipse.ToEngineOptions(), TimeProvider.System, cancellationToken);
    }

    public sealed override async Task<IReadOnlyList<ScenarioProps>> BuildScenariosAsync(ProfileContext context, CancellationToken cancellationToken)
    {
        var run = await EclipseRun.StartAsync(context, cancellationToken);
        var scenarios = await BuildAsync(run, cancellationToken);
        return run.Started ? scenarios : throw new InvalidOperationException($"Profile '{Name}' did not call MarkStartAsync after its setup.");
    }

    public override async Task<IReadOnlyList<ReportSection>> VerifyAsync(ProfileContext context, RunResult result, CancellationToken cancellationToken)
    {
        var run = EclipseRun.Of(context);
        var after = await DrainAsync(run, cancellationToken);
        var sections = new List<ReportSection> { await InvariantsAsync(run.Admin, cancellationToken) };
        sections.AddRange(await new TransferVerifier(run.Admin, run.Wallets, run.Book, context.Options.Eclipse.Verify).VerifyAsync(cancellationToken));
        sections.AddRange(Describe(run, result));
        sections.Add(EngineSection(run, after));
        return sections;
    }

    /// <summary>Set up (wallets, funding, logins), call <see cref="EclipseRun.MarkStartAsync"/>, and return the scenarios.</summary>
    protected abstract Task<IReadOnlyList<ScenarioProps>> BuildAsync(EclipseRun run, CancellationToken cancellationToken);

    /// <summary>The profile's own report sections (knee, duplicates, coverage…).</summary>
    protected virtual IEnumerable<ReportSection> Describe(EclipseRun run, RunResult result) => [];

    private static async Task<LedgerStatsInfo> DrainAsync(EclipseRun run, CancellationToken cancellationToken)
    {
        var started = run.Time.GetTimestamp();
        while (true)
        {
            var stats = await run.Admin.LedgerStatsAsync(cancellationToken);
            if (stats.QueueLength == 0 || run.Time.GetElapsedTime(started) > DrainWait)
            {
                return stats;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), run.Time, cancellationToken);
        }
    }

    private static async Task<ReportSection> InvariantsAsync(EclipseAdmin admin, CancellationToken cancellationToken)
    {
        var report = await admin.InvariantsAsync(cancellationToken);
        var rows = new List<(string, string)>
        {
            ("checked by", "GET /sim/v1/ledger/invariants: balanced postings, balance = Σ entries = last running balance, money conserved per currency, no forbidden negative balance"),
            ("postings / entries", $"{Fmt.Int(report.Postings)} / {Fmt.Int(report.Entries)}"),
            ("violations", Fmt.Int(report.Violations.Count)),
        };
        rows.AddRange(report.Violations.Take(TransferVerifier.ListedViolations).Select((v, i) => ($"violation {i + 1}", v)));
        return ReportSection.Check("Ledger invariants (engine)", report.Ok && report.Violations.Count == 0, [.. rows]);
    }

    private static ReportSection EngineSection(EclipseRun run, LedgerStatsInfo after)
    {
        var delta = after.Since(run.StatsBefore);
        var rows = new List<(string, string)>
        {
            ("group commit in this run", string.Create(CultureInfo.InvariantCulture,
                $"{delta.Batches:N0} batches, {delta.Postings:N0} postings, average batch {delta.AverageBatch:F1} (largest since start {after.LargestBatch:N0}, queue now {after.QueueLength})")),
            ("setup (wallets, funding, logins)", Fmt.Seconds(run.SetupTime)),
            ("sessions", string.Create(CultureInfo.InvariantCulture,
                $"{run.Callers.Sum(c => c.Copies)} (one per scenario copy); logins {run.Callers.Sum(c => Enumerable.Range(0, c.Copies).Sum(i => c.Session(i).Logins))}, renewals {run.Callers.Sum(c => Enumerable.Range(0, c.Copies).Sum(i => c.Session(i).Renewals))}, re-logins after 401 {run.Callers.Sum(c => c.Relogins)}")),
            ("load average before / after (1, 5, 15 min)", $"{run.LoadAverageBefore ?? "n/a"} / {ProcessStatus.LoadAverage() ?? "n/a"}"),
        };
        if (run.Engine is { } engine)
        {
            var memory = engine.Memory();
            rows.Add(("engine process", engine.Description));
            rows.Add(("engine RSS at the end (VmRSS) / peak (VmHWM)", memory is { } m ? $"{ProcessStatus.MiB(m.RssKiB)} / {ProcessStatus.MiB(m.PeakKiB)}" : "n/a (no /proc)"));
            rows.Add(("engine error lines logged", Fmt.Int(engine.ErrorLines)));
        }
        else
        {
            rows.Add(("engine process", "given with --target: memory not measured by the runner"));
        }

        return ReportSection.Info("Engine", [.. rows]);
    }
}
