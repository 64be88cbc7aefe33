using System.Globalization;

namespace EclipseConformance.Load.Reporting;

/// <summary>Invariant-culture number formatting shared by the report writers.</summary>
internal static class Fmt
{
    public static string Ms(double value) => double.IsNaN(value) ? "n/a" : value.ToString(value >= 100 ? "F1" : "F3", CultureInfo.InvariantCulture);

    public static string Num(double value, string format = "F1") => double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);

    public static string Int(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Pct(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.###", CultureInfo.InvariantCulture) + " %";

    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static readonly (string Label, double Percentile)[] PercentileRows =
    [
        ("p50", 50), ("p75", 75), ("p90", 90), ("p95", 95), ("p99", 99), ("p99.9", 99.9), ("p99.99", 99.99), ("max", 100),
    ];
}
