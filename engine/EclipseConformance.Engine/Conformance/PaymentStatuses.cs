namespace EclipseConformance.Engine.Conformance;

/// <summary>The S-VAS reading of a payment answer: final once extraInfo is present or the status is a failure.</summary>
public static class PaymentStatuses
{
    public const string Successful = "SUCCESSFUL";

    private static readonly HashSet<string> Failures = new(StringComparer.Ordinal) { "FAILED", "ERROR", "ERROR_PERM", "ERROR_TEMP" };

    public static bool IsFinal(string? body) =>
        BodyFields.HasValue(body, "extraInfo") || (BodyFields.String(body, "status") is { } status && Failures.Contains(status));

    public static string Seconds(long ms) => (ms / 1000d).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";

    public static string Ids(IEnumerable<long> ids) => string.Join(", ", ids.Select(i => "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
