using EclipseConformance.Load.HdrLog;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Distributed;

/// <summary>One agent's report folder as read back for merging.</summary>
public sealed record AgentRun(string Folder, RunManifest Manifest, IReadOnlyList<HdrLogEntry> Entries, IReadOnlyList<TimeSeriesRow> Rows)
{
    public static AgentRun Read(string folder)
    {
        var manifest = Path.Combine(folder, ReportWriter.ManifestFile);
        var hlog = Path.Combine(folder, ReportWriter.HlogFile);
        var csv = Path.Combine(folder, ReportWriter.CsvFile);
        foreach (var file in new[] { manifest, hlog, csv })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"{folder} is not a load report folder: {Path.GetFileName(file)} is missing.", file);
            }
        }

        return new AgentRun(folder, RunManifest.FromJson(File.ReadAllText(manifest)), HdrLogReader.ReadFile(hlog), TimeSeriesCsv.ReadFile(csv));
    }
}
