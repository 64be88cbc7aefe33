using System.Buffers;
using System.Globalization;

namespace EclipseConformance.Engine.Rules;

/// <summary>Rule-file durations: digits and a unit (<c>500ms</c>, <c>10s</c>, <c>2m</c>, <c>2h</c>, <c>30d</c>, <c>1w</c>).</summary>
public static class Durations
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var unitStart = text.AsSpan().IndexOfAnyExcept(Digits);
        if (unitStart <= 0 || !long.TryParse(text.AsSpan(0, unitStart), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 999_999_999)
        {
            return false;
        }

        double? ms = text[unitStart..] switch
        {
            "ms" => n,
            "s" => n * 1_000d,
            "m" => n * 60_000d,
            "h" => n * 3_600_000d,
            "d" => n * 86_400_000d,
            "w" => n * 604_800_000d,
            _ => null,
        };
        if (ms is null || ms > TimeSpan.MaxValue.TotalMilliseconds / 2)
        {
            return false;
        }

        value = TimeSpan.FromMilliseconds(ms.Value);
        return true;
    }

    /// <summary>The shortest exact rule-file spelling of a duration.</summary>
    public static string Format(TimeSpan value)
    {
        var ms = (long)value.TotalMilliseconds;
        (long Size, string Unit)[] units = [(604_800_000, "w"), (86_400_000, "d"), (3_600_000, "h"), (60_000, "m"), (1_000, "s")];
        foreach (var (size, unit) in units)
        {
            if (ms != 0 && ms % size == 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{ms / size}{unit}");
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{ms}ms");
    }
}
