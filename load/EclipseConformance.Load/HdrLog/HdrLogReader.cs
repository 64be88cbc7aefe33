using System.Globalization;

namespace EclipseConformance.Load.HdrLog;

/// <summary>
/// Reads HdrHistogram interval logs (format 1.x, tagged or not). Start times are returned absolute:
/// relative timestamps are offset by BaseTime (or StartTime, as the reference readers infer).
/// </summary>
public static class HdrLogReader
{
    public static IReadOnlyList<HdrLogEntry> ReadFile(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    public static IReadOnlyList<HdrLogEntry> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<HdrLogEntry>();
        double? startTime = null;
        double? baseTime = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('"'))
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                startTime ??= HeaderSeconds(line, "#[StartTime: ");
                baseTime ??= HeaderSeconds(line, "#[BaseTime: ");
                continue;
            }

            var entry = ParseLine(line, lineNumber);
            startTime ??= entry.StartSeconds;
            // As the reference readers do: timestamps more than a year before StartTime are relative.
            baseTime ??= entry.StartSeconds < startTime.Value - (365 * 24 * 3600.0) ? startTime.Value : 0.0;
            entries.Add(entry with { StartSeconds = entry.StartSeconds + baseTime.Value });
        }

        return entries;
    }

    private static HdrLogEntry ParseLine(string line, int lineNumber)
    {
        string? tag = null;
        var rest = line.AsSpan();
        if (rest.StartsWith("Tag="))
        {
            var comma = rest.IndexOf(',');
            if (comma < 0)
            {
                throw new FormatException($"Line {lineNumber}: tag without values.");
            }

            tag = rest[4..comma].ToString();
            rest = rest[(comma + 1)..];
        }

        var parts = rest.ToString().Split(',', 4);
        if (parts.Length != 4)
        {
            throw new FormatException($"Line {lineNumber}: expected start,length,max,payload.");
        }

        return new HdrLogEntry(tag, Parse(parts[0], lineNumber), Parse(parts[1], lineNumber), Parse(parts[2], lineNumber), parts[3].Trim());
    }

    private static double Parse(string value, int lineNumber) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new FormatException($"Line {lineNumber}: '{value}' is not a number.");

    private static double? HeaderSeconds(string line, string prefix)
    {
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var value = line[prefix.Length..];
        var end = value.IndexOf(' ', StringComparison.Ordinal);
        return double.TryParse(end < 0 ? value.TrimEnd(']') : value[..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : null;
    }
}
