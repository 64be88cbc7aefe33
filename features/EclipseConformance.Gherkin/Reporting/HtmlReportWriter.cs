using System.Globalization;
using System.Net;
using System.Text;
using EclipseConformance.Gherkin.Parsing;
using EclipseConformance.Gherkin.Runtime;

namespace EclipseConformance.Gherkin.Reporting;

/// <summary>
/// A self-contained living-documentation page (inline CSS and JS, no external assets): every feature, its rules and
/// scenarios with tags, each step's status and duration, failure messages and attachments, a filter box and status
/// toggles. Scenarios that did not run in this run are shown as "not run".
/// </summary>
internal static class HtmlReportWriter
{
    private const string NotRun = "not-run";

    public static void Write(RunReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.Write(Render(report));
    }

    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var results = report.Results.ToDictionary(r => r.Scenario.Id, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Living documentation</title>\n<style>").Append(HtmlReportAssets.Css).Append("</style>\n</head>\n<body>\n");
        AppendHeader(html, report);
        html.Append("<main>\n<nav><h2>Features</h2><ul>\n");
        var index = 0;
        foreach (var feature in report.Features.Features)
        {
            var counts = Counts(feature.Scenarios.Select(s => StatusOf(results, s)));
            html.Append("<li><a href=\"#f").Append(index++).Append("\">").Append(E(feature.Name)).Append("</a> <span class=\"counts\">")
                .Append(E(counts)).Append("</span></li>\n");
        }

        html.Append("</ul></nav>\n<div class=\"features\">\n");
        foreach (var error in report.Features.Errors)
            html.Append("<section class=\"feature\"><h2>").Append(E(error.Uri)).Append("</h2><pre class=\"error\">").Append(E(error.Message)).Append("</pre></section>\n");
        index = 0;
        foreach (var feature in report.Features.Features)
            AppendFeature(html, feature, results, index++);
        html.Append("</div>\n</main>\n<script>").Append(HtmlReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendHeader(StringBuilder html, RunReport report)
    {
        var scenarios = report.Features.Features.SelectMany(f => f.Scenarios).Count();
        var statuses = report.Results.Select(r => r.Status.ToText()).ToList();
        var summary = string.Join(", ", new[] { "passed", "failed", "skipped", "pending", "undefined", "ambiguous" }
            .Select(s => (Status: s, Count: statuses.Count(x => x == s)))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {x.Status}"));
        var duration = (report.FinishedAt - report.StartedAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        html.Append("<header>\n<h1>Living documentation</h1>\n<p class=\"summary ").Append(report.Success ? "ok" : "bad").Append("\">")
            .Append(report.Features.Features.Count).Append(" features, ").Append(scenarios).Append(" scenarios; ")
            .Append(report.Results.Count).Append(" ran").Append(summary.Length > 0 ? ": " + E(summary) : string.Empty)
            .Append(". Started ").Append(E(report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)))
            .Append(" UTC, took ").Append(duration).Append(" s.</p>\n<div class=\"controls\">")
            .Append("<input id=\"filter\" type=\"search\" placeholder=\"Filter: words or @tags (all must match)\" autofocus>");
        foreach (var status in new[] { "passed", "failed", "skipped", "pending", "undefined", "ambiguous", NotRun })
        {
            html.Append("<label class=\"toggle s-").Append(status).Append("\"><input type=\"checkbox\" data-status=\"").Append(status)
                .Append("\" checked> ").Append(status.Replace('-', ' ')).Append("</label>");
        }

        html.Append("</div>\n</header>\n");
    }

    private static void AppendFeature(StringBuilder html, FeatureFile feature, Dictionary<string, ScenarioResult> results, int index)
    {
        html.Append("<section class=\"feature\" id=\"f").Append(index).Append("\">\n<h2><span class=\"kw\">Feature:</span> ").Append(E(feature.Name))
            .Append(" <span class=\"loc\">").Append(E(feature.Uri)).Append("</span></h2>\n");
        AppendTags(html, feature.Info.Tags);
        if (feature.Info.Description is { } description)
            html.Append("<p class=\"description\">").Append(E(description)).Append("</p>\n");

        string? currentRule = null;
        var inRule = false;
        foreach (var scenario in feature.Scenarios)
        {
            if (scenario.Rule != currentRule || (scenario.Rule is not null && !inRule))
            {
                if (inRule)
                    html.Append("</section>\n");
                inRule = scenario.Rule is not null;
                currentRule = scenario.Rule;
                if (inRule)
                    html.Append("<section class=\"rule\"><h3><span class=\"kw\">Rule:</span> ").Append(E(currentRule!)).Append("</h3>\n");
            }

            AppendScenario(html, scenario, results.GetValueOrDefault(scenario.Id));
        }

        if (inRule)
            html.Append("</section>\n");
        html.Append("</section>\n");
    }

    private static void AppendScenario(StringBuilder html, ScenarioDescriptor scenario, ScenarioResult? result)
    {
        var status = result?.Status.ToText() ?? NotRun;
        var searchable = string.Join(' ', new[] { scenario.Feature.Name, scenario.Title, scenario.Rule ?? string.Empty }
            .Concat(scenario.Tags.Select(t => "@" + t))
            .Concat(scenario.Steps.Select(s => s.Text)));
        html.Append("<details class=\"scenario s-").Append(status).Append("\" data-status=\"").Append(status).Append("\" data-text=\"")
            .Append(E(searchable.ToUpperInvariant())).Append('"').Append(result is { Status: not (ResultStatus.Passed or ResultStatus.Skipped) } ? " open" : string.Empty)
            .Append(">\n<summary><span class=\"badge\">").Append(status.Replace('-', ' ')).Append("</span> ").Append(E(scenario.Title))
            .Append(" <span class=\"loc\">").Append(E(scenario.Location)).Append("</span>");
        if (result is not null)
            html.Append(" <span class=\"dur\">").Append(Milliseconds(result.Duration)).Append("</span>");
        html.Append("</summary>\n");
        AppendTags(html, scenario.Tags);
        html.Append("<ol class=\"steps\">\n");
        if (result is null)
        {
            foreach (var step in scenario.Steps)
                AppendStep(html, step, null);
        }
        else
        {
            foreach (var outcome in result.Steps)
            {
                var step = scenario.Steps.FirstOrDefault(s => s.Id == outcome.PickleStepId);
                AppendOutcome(html, outcome, step, result.Attachments.Where(a => a.TestStepId == outcome.Id));
            }
        }

        html.Append("</ol>\n");
        if (result is not null)
            AppendResultDetails(html, result);
        html.Append("</details>\n");
    }

    private static void AppendStep(StringBuilder html, StepDescriptor step, string? status)
    {
        html.Append("<li class=\"step s-").Append(status ?? NotRun).Append(step.FromBackground ? " bg" : string.Empty).Append("\"><span class=\"kw\">")
            .Append(E(step.Keyword.Trim())).Append("</span> ").Append(E(step.Text));
        if (step.Pickle.Argument?.DataTable is { } table)
        {
            html.Append("<table>");
            foreach (var row in table.Rows)
                html.Append("<tr>").Append(string.Concat(row.Cells.Select(c => "<td>" + E(c.Value) + "</td>"))).Append("</tr>");
            html.Append("</table>");
        }
        else if (step.Pickle.Argument?.DocString is { } docString)
        {
            html.Append("<pre class=\"docstring\">").Append(E(docString.Content)).Append("</pre>");
        }
    }

    private static void AppendOutcome(StringBuilder html, TestStepResult outcome, StepDescriptor? step, IEnumerable<ScenarioAttachment> attachments)
    {
        if (step is null)
            html.Append("<li class=\"hook s-").Append(outcome.Status.ToText()).Append("\">").Append(E(outcome.Name));
        else
            AppendStep(html, step, outcome.Status.ToText());
        html.Append(" <span class=\"dur\">").Append(outcome.Status.ToText()).Append(", ").Append(Milliseconds(outcome.Duration)).Append("</span>");
        if (outcome.Message is not null && outcome.Status != ResultStatus.Passed)
            html.Append("<pre class=\"error\">").Append(E(outcome.Message)).Append("</pre>");
        foreach (var attachment in attachments)
            AppendAttachment(html, attachment);
        html.Append("</li>\n");
    }

    private static void AppendResultDetails(StringBuilder html, ScenarioResult result)
    {
        if (result.Message is not null)
            html.Append("<pre class=\"error scenario-error\">").Append(E(result.Message)).Append("</pre>\n");
        foreach (var attachment in result.Attachments.Where(a => a.TestStepId is null))
            AppendAttachment(html, attachment);
        if (result.Output.Count > 0)
            html.Append("<details class=\"output\"><summary>Output</summary><pre>").Append(E(string.Join('\n', result.Output))).Append("</pre></details>\n");
    }

    private static void AppendAttachment(StringBuilder html, ScenarioAttachment attachment) =>
        html.Append("<details class=\"attachment\" open><summary>").Append(E(attachment.Name)).Append(" <span class=\"loc\">")
            .Append(E(attachment.MediaType)).Append("</span></summary><pre>").Append(E(attachment.Content)).Append("</pre></details>");

    private static void AppendTags(StringBuilder html, IReadOnlyList<string> tags)
    {
        if (tags.Count > 0)
            html.Append("<div class=\"tags\">").Append(string.Concat(tags.Select(t => "<span class=\"tag\">@" + E(t) + "</span>"))).Append("</div>\n");
    }

    private static string StatusOf(Dictionary<string, ScenarioResult> results, ScenarioDescriptor scenario) =>
        results.TryGetValue(scenario.Id, out var result) ? result.Status.ToText() : NotRun;

    private static string Counts(IEnumerable<string> statuses) =>
        string.Join(" ", statuses.GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key.Replace('-', ' ')}"));

    private static string Milliseconds(TimeSpan duration) =>
        duration.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
