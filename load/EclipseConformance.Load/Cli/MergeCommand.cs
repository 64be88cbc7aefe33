using System.CommandLine;
using EclipseConformance.Load.Distributed;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Cli;

/// <summary><c>load merge DIR... [--out DIR]</c>: one report from several agents' report folders.</summary>
internal static class MergeCommand
{
    private static readonly Argument<string[]> Folders = new("folders") { Description = "Agent report folders (each with latency.hlog, timeseries.csv, run.json)", Arity = ArgumentArity.OneOrMore };
    private static readonly Option<string> Out = new("--out") { Description = "Root folder for the merged report", DefaultValueFactory = _ => Path.Combine("artifacts", "load") };

    public static Command Create(TextWriter output)
    {
        var command = new Command("merge", "Merge distributed agents' HdrHistogram logs and CSVs into one report") { Folders, Out };
        command.SetAction(async (parse, _) =>
        {
            RunResult merged;
            try
            {
                merged = RunMerger.Merge(parse.GetValue(Folders)!);
            }
            catch (Exception ex) when (ex is IOException or FormatException or ArgumentException or System.Text.Json.JsonException)
            {
                await output.WriteLineAsync($"Cannot merge: {ex.Message}");
                return ExitCodes.UsageOrSetupError;
            }

            var folder = ReportWriter.FolderFor(parse.GetValue(Out)!, merged.RunName, merged.StartedUtc, "-merged");
            await ReportWriter.WriteAsync(merged, folder);
            ConsoleSummary.Write(output, merged, folder);
            return merged.Passed ? ExitCodes.Passed : ExitCodes.Failed;
        });
        return command;
    }
}
