using System.Text;
using EclipseConformance.Load.HdrLog;

namespace EclipseConformance.Load.Reporting;

/// <summary>Writes report.html, summary.md, timeseries.csv, latency.hlog and run.json into one folder.</summary>
public static class ReportWriter
{
    public const string HtmlFile = "report.html";
    public const string MarkdownFile = "summary.md";
    public const string CsvFile = "timeseries.csv";
    public const string HlogFile = "latency.hlog";
    public const string ManifestFile = "run.json";

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>artifacts/load/&lt;profile&gt;-&lt;yyyyMMdd-HHmmss&gt;[suffix] under <paramref name="root"/>.</summary>
    public static string FolderFor(string root, string profile, DateTimeOffset startedUtc, string suffix = "") =>
        Path.Combine(root, $"{profile}-{startedUtc.UtcDateTime:yyyyMMdd-HHmmss}{suffix}");

    public static async Task WriteAsync(RunResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, HtmlFile), HtmlReport.Render(result), Utf8);
        await File.WriteAllTextAsync(Path.Combine(folder, MarkdownFile), MarkdownReport.Render(result), Utf8);
        await using (var csv = new StreamWriter(Path.Combine(folder, CsvFile), false, Utf8))
        {
            TimeSeriesCsv.Write(csv, result);
        }

        var entries = result.Scenarios.SelectMany(s => s.LogEntries).OrderBy(e => e.StartSeconds).ThenBy(e => e.Tag, StringComparer.Ordinal);
        await HdrLogWriter.WriteFileAsync(Path.Combine(folder, HlogFile), result.StartedUtc, entries,
            $"EclipseConformance.Load {result.RunName}, agent {result.AgentIndex + 1}/{result.AgentCount}");
        await File.WriteAllTextAsync(Path.Combine(folder, ManifestFile), RunManifest.From(result).ToJson(), Utf8);
    }
}
