using System.Globalization;

namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>
/// How the keys are checked after a run: <c>full</c> (default) pages through the transactions of every destination
/// wallet and compares the sets of externalUniqueIds; <c>sample:N</c> looks up N acknowledged and N rejected keys
/// (and every unanswered one) by externalUniqueId, for very large runs.
/// </summary>
public sealed record VerifyMode(int? SampleSize)
{
    public const int MaxSample = 1_000_000;

    public static readonly VerifyMode Full = new((int?)null);

    public bool IsFull => SampleSize is null;

    public static VerifyMode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Equals("full", StringComparison.OrdinalIgnoreCase))
        {
            return Full;
        }

        if (text.StartsWith("sample:", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxSample)
        {
            return new VerifyMode(n);
        }

        throw new FormatException($"--verify is 'full' or 'sample:N' with N between 1 and {MaxSample}, not '{text}'.");
    }

    public override string ToString() => SampleSize is { } n ? string.Create(CultureInfo.InvariantCulture, $"sample:{n}") : "full";
}
