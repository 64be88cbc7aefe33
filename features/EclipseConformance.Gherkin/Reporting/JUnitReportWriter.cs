using System.Globalization;
using System.Text;
using System.Xml;
using EclipseConformance.Gherkin.Runtime;

namespace EclipseConformance.Gherkin.Reporting;

/// <summary>
/// JUnit XML: one <c>testsuite</c> per feature that ran, one <c>testcase</c> per scenario / example row; failed,
/// undefined, ambiguous and pending scenarios are failures (with the message), skipped ones carry the reason.
/// </summary>
internal static class JUnitReportWriter
{
    public static void Write(RunReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "Gherkin specifications");
        WriteCounts(xml, report.Results, report.FinishedAt - report.StartedAt);
        xml.WriteAttributeString("timestamp", report.StartedAt.UtcDateTime.ToString("s", CultureInfo.InvariantCulture));

        foreach (var error in report.Features.Errors)
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", error.Uri);
            xml.WriteAttributeString("tests", "1");
            xml.WriteAttributeString("failures", "0");
            xml.WriteAttributeString("errors", "1");
            xml.WriteAttributeString("skipped", "0");
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", "parse");
            xml.WriteAttributeString("classname", error.Uri);
            xml.WriteStartElement("error");
            xml.WriteAttributeString("message", Clean(error.Message));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        foreach (var feature in report.Features.Features)
        {
            var results = report.ResultsOf(feature).OrderBy(r => r.Scenario.Line).ToList();
            if (results.Count == 0)
                continue;
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", Clean(feature.Name));
            xml.WriteAttributeString("file", feature.Uri);
            WriteCounts(xml, results, TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks)));
            xml.WriteAttributeString("timestamp", results.Min(r => r.StartedAt).UtcDateTime.ToString("s", CultureInfo.InvariantCulture));
            foreach (var result in results)
                WriteTestCase(xml, result);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<ScenarioResult> results, TimeSpan time)
    {
        xml.WriteAttributeString("tests", results.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", results.Count(IsFailure).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", results.Count(r => r.Status == ResultStatus.Skipped).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", Seconds(time));
    }

    private static void WriteTestCase(XmlWriter xml, ScenarioResult result)
    {
        var scenario = result.Scenario;
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", Clean(scenario.Title));
        xml.WriteAttributeString("classname", Clean(scenario.Feature.Name));
        xml.WriteAttributeString("file", scenario.Feature.Uri);
        xml.WriteAttributeString("line", scenario.Line.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", Seconds(result.Duration));
        if (IsFailure(result))
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", result.Status.ToText());
            xml.WriteAttributeString("message", Clean(FirstLine(result.Message)));
            xml.WriteString(Clean(result.Message ?? result.Status.ToText()));
            xml.WriteEndElement();
        }
        else if (result.Status == ResultStatus.Skipped)
        {
            xml.WriteStartElement("skipped");
            xml.WriteAttributeString("message", Clean(result.Message ?? "skipped"));
            xml.WriteEndElement();
        }

        xml.WriteElementString("system-out", Clean(SystemOut(result)));
        xml.WriteEndElement();
    }

    private static string SystemOut(ScenarioResult result)
    {
        var text = new StringBuilder();
        foreach (var step in result.Steps)
            text.Append(step.Name).Append(" -> ").Append(step.Status.ToText()).Append(" (").Append(Seconds(step.Duration)).Append(" s)\n");
        foreach (var line in result.Output)
            text.Append(line).Append('\n');
        foreach (var attachment in result.Attachments)
            text.Append("--- ").Append(attachment.Name).Append(" (").Append(attachment.MediaType).Append(") ---\n").Append(attachment.Content).Append('\n');
        return text.ToString();
    }

    private static bool IsFailure(ScenarioResult result) => result.Status is not (ResultStatus.Passed or ResultStatus.Skipped);

    private static string FirstLine(string? text) => text is null ? string.Empty : text.Split('\n')[0];

    /// <summary>Replaces characters XML cannot carry (e.g. terminal escapes) so the report always parses.</summary>
    private static string Clean(string text) =>
        text.All(IsXmlChar) ? text : string.Concat(text.Select(c => IsXmlChar(c) ? c : '\uFFFD'));

    private static bool IsXmlChar(char c) => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
