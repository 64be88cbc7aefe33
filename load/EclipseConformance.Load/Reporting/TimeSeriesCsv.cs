using System.Globalization;

namespace EclipseConformance.Load.Reporting;

/// <summary>timeseries.csv: one row per scenario and reporting interval (normally a second).</summary>
public static class TimeSeriesCsv
{
    public const string Header =
        "scenario,unix_ms,second,length_s,started,ok,failed,dropped,late,req_per_s,ok_per_s,p50_ms,p90_ms,p99_ms,max_ms,service_p50_ms,service_p99_ms";

    public static void Write(TextWriter writer, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write(Header);
        writer.Write('\n');
        var startMs = result.StartedUtc.ToUnixTimeMilliseconds();
        foreach (var scenario in result.Scenarios)
        {
            foreach (var i in scenario.Intervals)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{scenario.Name},{i.StartUnixMs},{(i.StartUnixMs - startMs) / 1000.0:F3},{i.LengthSeconds:F3},{i.Started},{i.Ok},{i.Failed},{i.Dropped},{i.Late},"));
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{i.RequestsPerSecond:F1},{i.OkPerSecond:F1},{i.LatencyP50Ms:F3},{i.LatencyP90Ms:F3},{i.LatencyP99Ms:F3},{i.LatencyMaxMs:F3},{i.ServiceP50Ms:F3},{i.ServiceP99Ms:F3}\n"));
            }
        }
    }

    public static IReadOnlyList<TimeSeriesRow> ReadFile(string path)
    {
        var rows = new List<TimeSeriesRow>();
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new FormatException($"{path}: not a timeseries.csv written by this runner (unexpected header).");
        }

        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0)
            {
                continue;
            }

            var c = lines[n].Split(',');
            if (c.Length != 17)
            {
                throw new FormatException($"{path}:{n + 1}: expected 17 columns, found {c.Length}.");
            }

            rows.Add(new TimeSeriesRow(
                c[0],
                long.Parse(c[1], CultureInfo.InvariantCulture),
                double.Parse(c[3], CultureInfo.InvariantCulture),
                long.Parse(c[4], CultureInfo.InvariantCulture),
                long.Parse(c[5], CultureInfo.InvariantCulture),
                long.Parse(c[6], CultureInfo.InvariantCulture),
                long.Parse(c[7], CultureInfo.InvariantCulture),
                long.Parse(c[8], CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
