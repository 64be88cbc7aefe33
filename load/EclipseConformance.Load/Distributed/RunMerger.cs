using System.Globalization;
using EclipseConformance.Load.Measurement;
using EclipseConformance.Load.Reporting;
using HdrHistogram;

namespace EclipseConformance.Load.Distributed;

/// <summary>
/// Merges agents' report folders into one result: interval histograms from the hlogs are added per reporting
/// interval (aligned on wall-clock time, which <c>--start-at</c> makes common), counters from the CSVs are
/// summed, totals and failure breakdowns come from run.json. Thresholds are re-evaluated on the merged numbers.
/// </summary>
public static class RunMerger
{
    public static RunResult Merge(IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        if (folders.Count == 0)
        {
            throw new ArgumentException("Give at least one report folder.", nameof(folders));
        }

        return Merge([.. folders.Select(AgentRun.Read)]);
    }

    public static RunResult Merge(IReadOnlyList<AgentRun> agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        var baseMs = agents.Min(a => a.Manifest.StartedUtc.ToUnixTimeMilliseconds());
        var endMs = agents.Max(a => a.Manifest.StartedUtc.ToUnixTimeMilliseconds() + (long)(a.Manifest.DurationSeconds * 1000));
        var intervalMs = IntervalMs(agents);
        var names = agents.SelectMany(a => a.Manifest.Scenarios.Select(s => s.Name)).Distinct(StringComparer.Ordinal).ToList();
        var stats = names.Select(name => MergeScenario(name, agents, baseMs, intervalMs)).ToList();
        var first = agents[0].Manifest;
        var check = ConsistencySection(agents, stats);
        return new RunResult
        {
            RunName = first.RunName,
            StartedUtc = DateTimeOffset.FromUnixTimeMilliseconds(baseMs),
            Duration = TimeSpan.FromMilliseconds(endMs - baseMs),
            Scenarios = stats,
            Thresholds = first.Thresholds,
            ThresholdResults = ThresholdEvaluator.Evaluate(first.Thresholds, stats),
            Sections = [check, .. agents.SelectMany(a => a.Manifest.Sections.Select(s => s with { Title = $"agent {a.Manifest.AgentIndex + 1}: {s.Title}" }))],
            Settings = [KeyValuePair.Create("merged from", string.Join(", ", agents.Select(a => a.Folder))), .. first.Settings.Where(kv => kv.Key != "agent")],
            AgentIndex = 0,
            AgentCount = agents.Count,
            Merged = true,
            StoppedReason = agents.Select(a => a.Manifest.StoppedReason).FirstOrDefault(r => r is not null),
        };
    }

    private static ScenarioStats MergeScenario(string name, IReadOnlyList<AgentRun> agents, long baseMs, long intervalMs)
    {
        var manifests = agents.Select(a => a.Manifest.Scenarios.FirstOrDefault(s => s.Name == name)).OfType<ScenarioManifest>().ToList();
        var buckets = new SortedDictionary<long, (HistogramBase Latency, HistogramBase Service, long Failed, long Dropped, long Late, long Started, long EndMs)>();

        (HistogramBase, HistogramBase, long, long, long, long, long) Bucket(long key) =>
            buckets.TryGetValue(key, out var b) ? b : (HistogramSettings.NewHistogram(), HistogramSettings.NewHistogram(), 0, 0, 0, 0, 0);

        foreach (var entry in agents.SelectMany(a => a.Entries))
        {
            var isLatency = entry.Tag == ScenarioStatsBuilder.LatencyTag(name);
            if (!isLatency && entry.Tag != ScenarioStatsBuilder.ServiceTag(name))
            {
                continue;
            }

            var key = Key(entry.StartUnixMs, baseMs, intervalMs);
            var b = Bucket(key);
            (isLatency ? b.Item1 : b.Item2).Add(entry.Decode());
            buckets[key] = b with { Item7 = Math.Max(b.Item7, entry.EndUnixMs) };
        }

        foreach (var row in agents.SelectMany(a => a.Rows).Where(r => r.Scenario == name))
        {
            var key = Key(row.UnixMs, baseMs, intervalMs);
            var b = Bucket(key);
            buckets[key] = (b.Item1, b.Item2, b.Item3 + row.Failed, b.Item4 + row.Dropped, b.Item5 + row.Late, b.Item6 + row.Started,
                Math.Max(b.Item7, row.UnixMs + (long)(row.LengthSeconds * 1000)));
        }

        var builder = new ScenarioStatsBuilder(name, manifests.Select(m => m.Model).Distinct().Count() == 1 ? manifests[0].Model : "mixed");
        foreach (var (key, b) in buckets)
        {
            var start = baseMs + (key * intervalMs);
            builder.Add(new IntervalRecord(name, start, Math.Max(start, b.EndMs), b.Latency, b.Service, b.Failed, b.Dropped, b.Late, b.Started));
        }

        return builder.Build(TimeSpan.FromSeconds(manifests.Max(m => m.DurationSeconds))) with
        {
            DroppedNoWorker = manifests.Sum(m => m.DroppedNoWorker),
            DroppedBehindSchedule = manifests.Sum(m => m.DroppedBehindSchedule),
            Clamped = manifests.Sum(m => m.Clamped),
            WarmUpInvocations = manifests.Sum(m => m.WarmUpInvocations),
            Failures = manifests.SelectMany(m => m.Failures).GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(f => f.Value), StringComparer.Ordinal),
            FailureMessages = manifests.SelectMany(m => m.FailureMessages).GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal),
        };
    }

    private static ReportSection ConsistencySection(IReadOnlyList<AgentRun> agents, IReadOnlyList<ScenarioStats> merged)
    {
        var rows = new List<(string, string)>();
        var consistent = true;
        foreach (var stats in merged)
        {
            var ok = agents.Sum(a => a.Manifest.Scenarios.Where(s => s.Name == stats.Name).Sum(s => s.Ok));
            var failed = agents.Sum(a => a.Manifest.Scenarios.Where(s => s.Name == stats.Name).Sum(s => s.Failed));
            consistent &= ok == stats.Ok && failed == stats.Failed;
            rows.Add(($"{stats.Name}: ok in hlogs / in run.json", string.Create(CultureInfo.InvariantCulture, $"{stats.Ok} / {ok}")));
            rows.Add(($"{stats.Name}: failed in CSVs / in run.json", string.Create(CultureInfo.InvariantCulture, $"{stats.Failed} / {failed}")));
        }

        foreach (var agent in agents)
        {
            rows.Add(($"agent {agent.Manifest.AgentIndex + 1} of {agent.Manifest.AgentCount}", agent.Folder));
        }

        return ReportSection.Check($"Merge of {agents.Count} agent runs", consistent, [.. rows]);
    }

    private static long Key(long unixMs, long baseMs, long intervalMs) => (long)Math.Round((unixMs - baseMs) / (double)intervalMs);

    private static long IntervalMs(IReadOnlyList<AgentRun> agents)
    {
        var lengths = agents.SelectMany(a => a.Rows).Select(r => r.LengthSeconds).Where(l => l > 0).Order().ToList();
        return lengths.Count == 0 ? 1000 : Math.Max(100, (long)Math.Round(lengths[lengths.Count / 2] * 1000));
    }
}
