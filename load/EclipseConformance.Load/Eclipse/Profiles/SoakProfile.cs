using System.Globalization;
using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// <c>soak</c>: transfer-steady held for 10 minutes (issue 13: "a 10-minute soak at 70 % of the measured knee holds
/// error rate 0 and flat memory"). Give it <c>--rate</c> = 70 % of the knee <c>transfer-ramp</c> reported on the same
/// machine. Besides the transfer checks it samples the engine's RSS every few seconds (when the runner started the
/// engine) and fails the run when memory keeps growing: the last quarter's peak may exceed the first quarter's peak
/// (after warm-up) by at most <see cref="AllowedGrowthMiB"/>; about 40 samples whatever the duration. Not part of <c>./run.sh test</c> (it takes 10 minutes).
/// </summary>
public sealed class SoakProfile : EclipseProfile
{
    public const int AllowedGrowthMiB = 64;

    private const string SamplesKey = "soak.rss";

    public override string Name => "soak";

    public override string Description => "transfer-steady for 10 minutes (set --rate to 70 % of transfer-ramp's knee); fails on errors or growing engine memory";

    public override ProfileDefaults Defaults { get; } = new()
    {
        Rate = 2000,
        Duration = TimeSpan.FromMinutes(10),
        WarmUp = TimeSpan.FromSeconds(10),
        Concurrency = 64,
        Model = LoadModel.Open,
        Thresholds = [Threshold.MaxErrorPercent(0), Threshold.MaxDroppedPercent(1)],
        EchoRatioScenario = TransferScenario.Name,
    };

    protected override async Task<IReadOnlyList<ScenarioProps>> BuildAsync(EclipseRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var options = run.Context.Options;
        var spread = await WalletSpread.CreateAsync(run, options.Eclipse.Wallets ?? TransferSteadyProfile.DefaultWallets, cancellationToken);
        var (scenario, _) = await TransferScenario.CreateAsync(run, spread, 0, "load soak", cancellationToken);
        await run.MarkStartAsync(cancellationToken);
        if (run.Engine is { } engine)
        {
            var samples = new List<(TimeSpan At, long RssKiB)>();
            run.Items[SamplesKey] = samples;
            var every = SampleInterval(options.Duration);
            run.Items[SamplesKey + ".every"] = every;
            var started = run.Time.GetTimestamp();
            var timer = run.Time.CreateTimer(_ =>
            {
                if (engine.Memory() is { } m)
                {
                    lock (samples)
                    {
                        samples.Add((run.Time.GetElapsedTime(started), m.RssKiB));
                    }
                }
            }, null, options.WarmUp, every);
            run.Items[SamplesKey + ".timer"] = timer;
        }

        return [scenario.WithWarmUpDuration(options.WarmUp).WithLoadSimulations(options.Simulation())];
    }

    /// <summary>About 40 samples per run, between every 0.25 s and every 5 s.</summary>
    public static TimeSpan SampleInterval(TimeSpan duration) =>
        TimeSpan.FromTicks(Math.Clamp(duration.Ticks / 40, TimeSpan.FromMilliseconds(250).Ticks, TimeSpan.FromSeconds(5).Ticks));

    protected override IEnumerable<ReportSection> Describe(EclipseRun run, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.Items.TryGetValue(SamplesKey, out var value) || value is not List<(TimeSpan At, long RssKiB)> samples)
        {
            yield return ReportSection.Info("Soak: engine memory", ("engine RSS", "not measured (the engine was given with --target)"));
            yield break;
        }

        if (run.Items[SamplesKey + ".timer"] is ITimer timer)
        {
            timer.Dispose();
        }

        (TimeSpan At, long RssKiB)[] all;
        lock (samples)
        {
            all = [.. samples];
        }

        // Judge the engine under load only: the post-run checks (paging every transaction back) come after the measured
        // duration, and their reads are a different workload.
        var options = run.Context.Options;
        var (taken, after) = SplitAtLoadEnd(all, options.WarmUp + options.Duration);

        if (taken.Length < 8)
        {
            yield return ReportSection.Check("Soak: engine memory stays flat", false, ("samples", $"{taken.Length}: too few to judge (run at least 10 s)"));
            yield break;
        }

        var quarter = taken.Length / 4;
        var first = taken.Take(quarter).Max(s => s.RssKiB);
        var last = taken.Skip(taken.Length - quarter).Max(s => s.RssKiB);
        var growthMiB = (last - first) / 1024.0;
        yield return ReportSection.Check("Soak: engine memory stays flat", growthMiB <= AllowedGrowthMiB,
            ("samples", string.Create(CultureInfo.InvariantCulture, $"{taken.Length}, every {((TimeSpan)run.Items[SamplesKey + ".every"]).TotalSeconds:0.##} s after warm-up")),
            ("peak RSS, first quarter", ProcessStatus.MiB(first)),
            ("peak RSS, last quarter", ProcessStatus.MiB(last)),
            ("growth", string.Create(CultureInfo.InvariantCulture, $"{growthMiB:F1} MiB (allowed {AllowedGrowthMiB} MiB)")),
            ("lowest / highest sample", $"{ProcessStatus.MiB(taken.Min(s => s.RssKiB))} / {ProcessStatus.MiB(taken.Max(s => s.RssKiB))}"),
            ("peak RSS per tenth of the run", Trajectory(taken)),
            ("peak RSS during the post-run checks (not judged)", after.Length == 0 ? "no sample" : ProcessStatus.MiB(after.Max(s => s.RssKiB))));
    }

    /// <summary>The samples taken while the load ran (warm-up excluded by the timer's start) and those taken after it.</summary>
    public static ((TimeSpan At, long RssKiB)[] During, (TimeSpan At, long RssKiB)[] After) SplitAtLoadEnd(
        (TimeSpan At, long RssKiB)[] samples, TimeSpan loadEnd) =>
        ([.. samples.Where(s => s.At <= loadEnd)], [.. samples.Where(s => s.At > loadEnd)]);

    /// <summary>The peak of each tenth of the samples: a cache filling up flattens out, a leak keeps climbing.</summary>
    private static string Trajectory((TimeSpan At, long RssKiB)[] samples)
    {
        var size = Math.Max(1, samples.Length / 10);
        return string.Join(" → ", samples.Chunk(size).Select(c => ((long)Math.Round(c.Max(s => s.RssKiB) / 1024.0)).ToString(CultureInfo.InvariantCulture))) + " MiB";
    }
}
