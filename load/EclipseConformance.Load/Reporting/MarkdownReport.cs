using System.Text;
using EclipseConformance.Load.Measurement;

namespace EclipseConformance.Load.Reporting;

/// <summary>summary.md: the figures a pull request or issue comment needs.</summary>
public static class MarkdownReport
{
    public static string Render(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new StringBuilder();
        md.Append("# ").Append(result.RunName).Append(" — ").Append(result.Passed ? "PASSED" : "FAILED").Append("\n\n");
        md.Append("Started ").Append(Fmt.Utc(result.StartedUtc)).Append(", measured for ").Append(Fmt.Seconds(result.Duration));
        md.Append(result.AgentText).Append(".\n\n");
        if (result.StoppedReason is { } reason)
        {
            md.Append("**Stopped early:** ").Append(Cell(reason)).Append("\n\n");
        }

        md.Append("| scenario | model | scheduled | ok | failed | dropped | late | ok/s | req/s | errors | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |\n");
        md.Append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        foreach (var s in result.Scenarios)
        {
            md.Append("| ").Append(s.Name).Append(" | ").Append(s.Model)
                .Append(" | ").Append(Fmt.Int(s.Scheduled)).Append(" | ").Append(Fmt.Int(s.Ok)).Append(" | ").Append(Fmt.Int(s.Failed))
                .Append(" | ").Append(Fmt.Int(s.Dropped)).Append(" | ").Append(Fmt.Int(s.Late))
                .Append(" | ").Append(Fmt.Num(s.OkPerSecond)).Append(" | ").Append(Fmt.Num(s.RequestsPerSecond)).Append(" | ").Append(Fmt.Pct(s.ErrorPercent))
                .Append(" | ").Append(Fmt.Ms(s.LatencyMs(50))).Append(" | ").Append(Fmt.Ms(s.LatencyMs(90))).Append(" | ").Append(Fmt.Ms(s.LatencyMs(99)))
                .Append(" | ").Append(Fmt.Ms(s.LatencyMs(99.9))).Append(" | ").Append(Fmt.Ms(s.Latency.MaxMs())).Append(" |\n");
        }

        md.Append("\nLatency is measured from the intended start (open model, coordinated-omission corrected); ")
            .Append("service time from the actual start.\n");

        if (result.ThresholdResults.Count > 0)
        {
            md.Append("\n## Thresholds\n\n| scenario | threshold | actual | result |\n|---|---|--:|---|\n");
            foreach (var r in result.ThresholdResults)
            {
                md.Append("| ").Append(r.ScenarioName).Append(" | ").Append(Cell(r.Threshold.Describe())).Append(" | ")
                    .Append(Fmt.Num(r.Actual, "0.###")).Append(" | ").Append(r.Passed ? "pass" : "**VIOLATED**").Append(" |\n");
            }
        }

        foreach (var section in result.Sections)
        {
            md.Append("\n## ").Append(section.Title).Append(" — ").Append(section.Outcome switch
            {
                SectionOutcome.Passed => "passed",
                SectionOutcome.Failed => "**FAILED**",
                _ => "info",
            }).Append("\n\n");
            if (section.Text is { } text)
            {
                md.Append(text).Append("\n\n");
            }

            if (section.Rows.Count > 0)
            {
                md.Append("| item | value |\n|---|---|\n");
                foreach (var row in section.Rows)
                {
                    md.Append("| ").Append(Cell(row.Key)).Append(" | ").Append(Cell(row.Value)).Append(" |\n");
                }
            }
        }

        foreach (var s in result.Scenarios)
        {
            Scenario(md, s);
        }

        md.Append("\n## Settings\n\n| setting | value |\n|---|---|\n");
        foreach (var kv in result.Settings)
        {
            md.Append("| ").Append(Cell(kv.Key)).Append(" | ").Append(Cell(kv.Value)).Append(" |\n");
        }

        return md.ToString();
    }

    private static void Scenario(StringBuilder md, ScenarioStats s)
    {
        md.Append("\n## Scenario ").Append(s.Name).Append("\n\n| percentile | latency ms | service ms |\n|---|--:|--:|\n");
        foreach (var (label, percentile) in Fmt.PercentileRows)
        {
            md.Append("| ").Append(label).Append(" | ").Append(Fmt.Ms(s.LatencyMs(percentile))).Append(" | ").Append(Fmt.Ms(s.ServiceMs(percentile))).Append(" |\n");
        }

        md.Append("\nDropped: ").Append(Fmt.Int(s.DroppedNoWorker)).Append(" (no free worker), ").Append(Fmt.Int(s.DroppedBehindSchedule))
            .Append(" (behind schedule); late starts: ").Append(Fmt.Int(s.Late)).Append("; warm-up invocations: ").Append(Fmt.Int(s.WarmUpInvocations)).Append(".\n");
        if (s.Failures.Count > 0)
        {
            md.Append("\n| failure | count | example |\n|---|--:|---|\n");
            foreach (var f in s.Failures.OrderByDescending(f => f.Value))
            {
                md.Append("| ").Append(Cell(f.Key)).Append(" | ").Append(Fmt.Int(f.Value)).Append(" | ")
                    .Append(Cell(s.FailureMessages.GetValueOrDefault(f.Key, string.Empty))).Append(" |\n");
            }
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
