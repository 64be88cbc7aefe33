namespace EclipseConformance.Engine.Primitives;

/// <summary>Storage and wire conventions for instants: Unix milliseconds in the store, ISO-8601 UTC with ms on the wire.</summary>
public static class Timestamps
{
    public static long ToUnixMs(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static long NowMs(this TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary><c>2025-12-08T11:09:49.000Z</c>, as Eclipse writes timestamps.</summary>
    public static string ToWire(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static string ToWire(long unixMs) => ToWire(FromUnixMs(unixMs));
}
