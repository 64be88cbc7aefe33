using System.Text;
using EclipseConformance.Load.HdrLog;
using EclipseConformance.Load.Measurement;
using HdrHistogram;

namespace EclipseConformance.Load.Tests;

public sealed class HdrLogTests
{
    private static readonly double[] Percentiles = [50, 90, 99, 99.9, 100];

    [Fact]
    public void A_written_log_reads_back_with_the_same_counts_and_percentiles()
    {
        var intervals = Enumerable.Range(0, 3).Select(i => Samples.Histogram(Samples.Latencies(i, 5_000))).ToList();
        var entries = intervals.Select((h, i) => HdrLogEntry.From("echo:latency", h, Samples.Start.ToUnixTimeMilliseconds() + (i * 1000), Samples.Start.ToUnixTimeMilliseconds() + ((i + 1) * 1000))).ToList();

        var text = Write(entries);
        var read = HdrLogReader.Read(new StringReader(text));

        read.Should().HaveCount(3);
        for (var i = 0; i < 3; i++)
        {
            read[i].Tag.Should().Be("echo:latency");
            read[i].StartUnixMs.Should().Be(Samples.Start.ToUnixTimeMilliseconds() + (i * 1000));
            read[i].LengthSeconds.Should().Be(1.0);
            var decoded = read[i].Decode();
            decoded.TotalCount.Should().Be(intervals[i].TotalCount);
            Percentiles.Select(decoded.GetValueAtPercentile).Should().Equal(Percentiles.Select(intervals[i].GetValueAtPercentile));
            Counts(decoded).Should().Equal(Counts(intervals[i]));
        }
    }

    [Fact]
    public void The_log_uses_the_standard_text_format()
    {
        var entry = HdrLogEntry.From("s:latency", Samples.Histogram([1_500, 2_500]), Samples.Start.ToUnixTimeMilliseconds() + 2000, Samples.Start.ToUnixTimeMilliseconds() + 3000);

        var lines = Write([entry]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().Contain("#[Histogram log format version 1.3]");
        lines.Should().Contain(l => l.StartsWith("#[StartTime: 1740830400.000 (seconds since epoch)", StringComparison.Ordinal));
        lines.Should().Contain("#[BaseTime: 1740830400.000 (seconds since epoch)]");
        lines.Should().Contain(HdrLogWriter.Legend);
        lines[^1].Should().StartWith("Tag=s:latency,2.000,1.000,2.501,HISTF", "relative start, length, max in ms, then the compressed V2 payload");
        Encoding.UTF8.GetByteCount(string.Join('\n', lines)).Should().Be(string.Join('\n', lines).Length, "the file is plain ASCII");
    }

    [Fact]
    public void The_reference_dotnet_reader_reads_the_log_with_the_same_counts()
    {
        var histogram = Samples.Histogram(Samples.Latencies(7, 2_000));
        var text = Write([HdrLogEntry.From("x:latency", histogram, Samples.Start.ToUnixTimeMilliseconds(), Samples.Start.ToUnixTimeMilliseconds() + 1000)]);

        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(text));
        using var reader = new HistogramLogReader(stream);
        var read = reader.ReadHistograms().ToList();

        read.Should().ContainSingle();
        read[0].Tag.Should().Be("x:latency");
        read[0].TotalCount.Should().Be(histogram.TotalCount);
        Counts(read[0]).Should().Equal(Counts(histogram));
        read[0].StartTimeStamp.Should().Be(Samples.Start.ToUnixTimeMilliseconds());
    }

    [Fact]
    public void Absolute_timestamps_without_a_base_time_are_read_as_absolute()
    {
        var payload = HistogramCodec.EncodeBase64(Samples.Histogram([10, 20]));
        var text = $"#[StartTime: 1740830400.000 (seconds since epoch)]\n1740830401.500,1.000,0.020,{payload}\n";

        var read = HdrLogReader.Read(new StringReader(text));

        read.Should().ContainSingle().Which.StartUnixMs.Should().Be(Samples.Start.ToUnixTimeMilliseconds() + 1500);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_line_number()
    {
        var act = () => HdrLogReader.Read(new StringReader("#[Histogram log format version 1.3]\nTag=a,1.0,not-a-number,1,xyz\n"));

        act.Should().Throw<FormatException>().WithMessage("Line 2*");
    }

    private static string Write(IEnumerable<HdrLogEntry> entries)
    {
        var text = new StringWriter();
        var writer = new HdrLogWriter(text);
        writer.WriteHeader(Samples.Start);
        foreach (var entry in entries)
        {
            writer.Write(entry);
        }

        return text.ToString();
    }

    private static List<(long, long)> Counts(HistogramBase histogram) =>
        [.. histogram.RecordedValues().Select(v => (v.ValueIteratedTo, v.CountAtValueIteratedTo))];

    [Fact]
    public void Histogram_settings_cover_one_microsecond_to_sixty_seconds_at_three_digits()
    {
        var h = HistogramSettings.NewHistogram();
        h.RecordValue(1);
        h.RecordValue(HistogramSettings.HighestMicros);

        h.GetValueAtPercentile(0).Should().Be(1);
        h.HighestEquivalentValue(h.GetMaxValue()).Should().BeGreaterThanOrEqualTo(HistogramSettings.HighestMicros);
        h.NumberOfSignificantValueDigits.Should().Be(3);
    }
}
