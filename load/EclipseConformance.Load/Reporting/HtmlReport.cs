using System.Net;
using System.Text;
using EclipseConformance.Load.Measurement;

namespace EclipseConformance.Load.Reporting;

/// <summary>report.html: one self-contained page (inline CSS and SVG, no scripts, no CDN).</summary>
public static class HtmlReport
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#222;max-width:1100px}
        h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ccc}h3{font-size:15px}
        table{border-collapse:collapse;margin:8px 0 16px}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right;font-size:13px}
        th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}
        .pass{color:#0a7d28;font-weight:bold}.fail{color:#b00020;font-weight:bold}.info{color:#555}
        .note{color:#555;font-size:13px}svg{display:block;margin:8px 0}
        """;

    public static string Render(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(result.RunName)).Append(" load report</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E(result.RunName)).Append(" — ").Append(result.Passed ? Pass("PASSED") : Fail("FAILED")).Append("</h1>");
        html.Append("<p class=\"note\">Started ").Append(E(Fmt.Utc(result.StartedUtc))).Append(", measured for ").Append(Fmt.Seconds(result.Duration))
            .Append(E(result.AgentText)).Append(".</p>");
        if (result.StoppedReason is { } reason)
        {
            html.Append("<p class=\"fail\">Stopped early: ").Append(E(reason)).Append("</p>");
        }

        Summary(html, result);
        Thresholds(html, result);
        foreach (var section in result.Sections)
        {
            Section(html, section);
        }

        foreach (var scenario in result.Scenarios)
        {
            Scenario(html, scenario, result.StartedUtc.ToUnixTimeMilliseconds());
        }

        html.Append("<h2>Settings</h2>");
        Table(html, ["setting", "value"], result.Settings.Select(kv => new[] { E(kv.Key), E(kv.Value) }));
        html.Append("<p class=\"note\">Latency is measured from each request's intended start in the open model (corrected for coordinated omission); ")
            .Append("service time from its actual start. In the closed model both are the same. Values are recorded in HdrHistogram (1 µs – 60 s, 3 significant digits); ")
            .Append("the raw interval histograms are in latency.hlog.</p>");
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, RunResult result)
    {
        html.Append("<h2>Summary</h2>");
        Table(html,
            ["scenario", "model", "scheduled", "ok", "failed", "dropped", "late", "ok/s", "req/s", "errors", "p50 ms", "p99 ms", "p99.9 ms", "max ms"],
            result.Scenarios.Select(s => new[]
            {
                E(s.Name), s.Model, Fmt.Int(s.Scheduled), Fmt.Int(s.Ok), Fmt.Int(s.Failed), Fmt.Int(s.Dropped), Fmt.Int(s.Late),
                Fmt.Num(s.OkPerSecond), Fmt.Num(s.RequestsPerSecond), Fmt.Pct(s.ErrorPercent),
                Fmt.Ms(s.LatencyMs(50)), Fmt.Ms(s.LatencyMs(99)), Fmt.Ms(s.LatencyMs(99.9)), Fmt.Ms(s.Latency.MaxMs()),
            }));
    }

    private static void Thresholds(StringBuilder html, RunResult result)
    {
        html.Append("<h2>Thresholds</h2>");
        if (result.ThresholdResults.Count == 0)
        {
            html.Append("<p class=\"note\">No thresholds were set.</p>");
            return;
        }

        Table(html, ["scenario", "threshold", "actual", "result"], result.ThresholdResults.Select(r => new[]
        {
            E(r.ScenarioName), E(r.Threshold.Describe()), Fmt.Num(r.Actual, "0.###"), r.Passed ? Pass("pass") : Fail("VIOLATED"),
        }));
    }

    private static void Section(StringBuilder html, ReportSection section)
    {
        var badge = section.Outcome switch
        {
            SectionOutcome.Passed => Pass("passed"),
            SectionOutcome.Failed => Fail("FAILED"),
            _ => "<span class=\"info\">info</span>",
        };
        html.Append("<h2>").Append(E(section.Title)).Append(" — ").Append(badge).Append("</h2>");
        if (section.Text is { } text)
        {
            html.Append("<p>").Append(E(text)).Append("</p>");
        }

        if (section.Rows.Count > 0)
        {
            Table(html, ["item", "value"], section.Rows.Select(kv => new[] { E(kv.Key), E(kv.Value) }));
        }
    }

    private static void Scenario(StringBuilder html, ScenarioStats s, long runStartMs)
    {
        html.Append("<h2>Scenario ").Append(E(s.Name)).Append("</h2>");
        // The last interval of a run is usually a few milliseconds of drain: too short for a per-second rate.
        var typical = s.Intervals.Count == 0 ? 1 : s.Intervals.Max(i => i.LengthSeconds);
        var points = s.Intervals.Where(i => i.LengthSeconds >= typical / 2).ToList();
        var x = points.Select(i => ((i.StartUnixMs - runStartMs) / 1000.0) + i.LengthSeconds).ToList();
        html.Append(SvgChart.Lines("Throughput over time", "seconds", "per second", x,
        [
            new("ok/s", "#1f77b4", [.. points.Select(i => i.OkPerSecond)]),
            new("failed/s", "#d62728", [.. points.Select(i => i.Failed / i.LengthSeconds)]),
            new("dropped/s", "#ff7f0e", [.. points.Select(i => i.Dropped / i.LengthSeconds)]),
        ]));
        html.Append(SvgChart.Lines("Latency percentiles over time", "seconds", "ms", x,
        [
            new("p50", "#2ca02c", [.. points.Select(i => i.LatencyP50Ms)]),
            new("p90", "#1f77b4", [.. points.Select(i => i.LatencyP90Ms)]),
            new("p99", "#9467bd", [.. points.Select(i => i.LatencyP99Ms)]),
            new("max", "#d62728", [.. points.Select(i => i.LatencyMaxMs)]),
        ]));

        html.Append("<h3>Percentiles (ms)</h3>");
        Table(html, ["percentile", "latency", "service time"], Fmt.PercentileRows.Select(p => new[]
        {
            p.Label, Fmt.Ms(s.LatencyMs(p.Percentile)), Fmt.Ms(s.ServiceMs(p.Percentile)),
        }).Append(["mean", Fmt.Ms(s.Latency.MeanMs()), Fmt.Ms(s.Service.MeanMs())]));

        html.Append("<h3>Accounting</h3>");
        Table(html, ["counter", "value"],
        [
            ["scheduled (started + dropped)", Fmt.Int(s.Scheduled)],
            ["started", Fmt.Int(s.Started)],
            ["ok", Fmt.Int(s.Ok)],
            ["failed", Fmt.Int(s.Failed)],
            ["dropped: no free worker", Fmt.Int(s.DroppedNoWorker)],
            ["dropped: behind schedule", Fmt.Int(s.DroppedBehindSchedule)],
            ["late starts", $"{Fmt.Int(s.Late)} ({Fmt.Pct(s.LatePercent)})"],
            ["latencies clamped at 60 s", Fmt.Int(s.Clamped)],
            ["warm-up invocations (not measured)", Fmt.Int(s.WarmUpInvocations)],
            ["duration", Fmt.Seconds(s.Duration)],
        ]);

        if (s.Failures.Count > 0)
        {
            html.Append("<h3>Failures</h3>");
            Table(html, ["status", "count", "example message"], s.Failures.OrderByDescending(f => f.Value).Select(f => new[]
            {
                E(f.Key), Fmt.Int(f.Value), E(s.FailureMessages.GetValueOrDefault(f.Key, string.Empty)),
            }));
        }
    }

    private static void Table(StringBuilder html, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append("<table><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static string Pass(string text) => $"<span class=\"pass\">{text}</span>";

    private static string Fail(string text) => $"<span class=\"fail\">{text}</span>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
