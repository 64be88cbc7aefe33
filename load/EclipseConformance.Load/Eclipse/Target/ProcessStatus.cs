using System.Globalization;

namespace EclipseConformance.Load.Eclipse.Target;

/// <summary>Memory of a process and the machine's load, read from /proc (Linux); null elsewhere.</summary>
public static class ProcessStatus
{
    /// <summary>VmRSS and VmHWM (peak) in KiB from /proc/&lt;pid&gt;/status.</summary>
    public static (long RssKiB, long PeakKiB)? Memory(int processId)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"/proc/{processId}/status");
        if (!File.Exists(path))
        {
            return null;
        }

        long rss = -1, peak = -1;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = KiB(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = KiB(line);
            }
        }

        return rss < 0 ? null : (rss, peak);
    }

    /// <summary>The 1, 5 and 15 minute load averages as /proc/loadavg shows them.</summary>
    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3)) : null;

    public static string MiB(long kib) => (kib / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";

    private static long KiB(string line)
    {
        var digits = new string([.. line.Where(char.IsAsciiDigit)]);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
    }
}
