using System.Globalization;

namespace EclipseConformance.Load.HdrLog;

/// <summary>
/// Writes HdrHistogram's interval log format 1.3 (as the Java HistogramLogWriter does): ASCII text,
/// invariant culture, a StartTime and BaseTime header, and one "Tag=…,start,length,max,payload" line per
/// interval with start times relative to BaseTime. Readable by HistogramLogProcessor and HdrHistogram.NET.
/// </summary>
public sealed class HdrLogWriter
{
    public const string Legend = "\"StartTimestamp\",\"Interval_Length\",\"Interval_Max\",\"Interval_Compressed_Histogram\"";

    private readonly TextWriter _writer;
    private double _baseSeconds = double.NaN;

    public HdrLogWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    public void WriteHeader(DateTimeOffset startTime, string? comment = null)
    {
        _baseSeconds = startTime.ToUnixTimeMilliseconds() / 1000.0;
        if (!string.IsNullOrWhiteSpace(comment))
        {
            _writer.Write("#[");
            _writer.Write(comment.ReplaceLineEndings(" "));
            _writer.Write("]\n");
        }

        _writer.Write("#[Histogram log format version 1.3]\n");
        _writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"#[StartTime: {_baseSeconds:F3} (seconds since epoch), {startTime.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}]\n"));
        _writer.Write(string.Create(CultureInfo.InvariantCulture, $"#[BaseTime: {_baseSeconds:F3} (seconds since epoch)]\n"));
        _writer.Write("#[Values in microseconds; Interval_Max in milliseconds]\n");
        _writer.Write(Legend);
        _writer.Write('\n');
    }

    public void Write(HdrLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (double.IsNaN(_baseSeconds))
        {
            throw new InvalidOperationException("WriteHeader must be called before the first entry.");
        }

        if (entry.Tag is not null)
        {
            _writer.Write("Tag=");
            _writer.Write(entry.Tag);
            _writer.Write(',');
        }

        var relative = Math.Max(0, entry.StartSeconds - _baseSeconds);
        _writer.Write(string.Create(CultureInfo.InvariantCulture, $"{relative:F3},{entry.LengthSeconds:F3},{entry.MaxMs:F3},"));
        _writer.Write(entry.Payload);
        _writer.Write('\n');
    }

    /// <summary>Writes a whole log to a file (UTF-8 without BOM, i.e. plain ASCII for this content).</summary>
    public static async Task WriteFileAsync(string path, DateTimeOffset startTime, IEnumerable<HdrLogEntry> entries, string? comment = null)
    {
        await using var stream = File.Create(path);
        await using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        var writer = new HdrLogWriter(text);
        writer.WriteHeader(startTime, comment);
        foreach (var entry in entries)
        {
            writer.Write(entry);
        }
    }
}
