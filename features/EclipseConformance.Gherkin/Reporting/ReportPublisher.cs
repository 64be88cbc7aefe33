namespace EclipseConformance.Gherkin.Reporting;

/// <summary>Writes the three reports of a run into a folder, each through a temporary file so a reader never sees half a report.</summary>
internal static class ReportPublisher
{
    public const string JUnitFileName = "junit.xml";
    public const string MessagesFileName = "cucumber-messages.ndjson";
    public const string HtmlFileName = "index.html";

    public static async Task<IReadOnlyList<string>> PublishAsync(RunReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        var junit = Path.Combine(directory, JUnitFileName);
        var messages = Path.Combine(directory, MessagesFileName);
        var html = Path.Combine(directory, HtmlFileName);
        await WriteAtomicallyAsync(junit, stream => JUnitReportWriter.Write(report, stream));
        await WriteAtomicallyAsync(messages, stream => CucumberMessagesWriter.Write(report, stream));
        await WriteAtomicallyAsync(html, stream => HtmlReportWriter.Write(report, stream));
        return [junit, messages, html];
    }

    private static async Task WriteAtomicallyAsync(string path, Action<Stream> write)
    {
        var temporary = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            write(stream);
            await stream.FlushAsync();
        }

        File.Move(temporary, path, overwrite: true);
    }
}
