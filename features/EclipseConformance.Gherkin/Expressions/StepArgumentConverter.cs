using System.Globalization;

namespace EclipseConformance.Gherkin.Expressions;

/// <summary>
/// Converts step text (a captured argument or a table cell) to a parameter or property type with the invariant
/// culture. Money stays exact: <see cref="decimal"/> is parsed from the text, never through <see cref="double"/>.
/// </summary>
internal static class StepArgumentConverter
{
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
    private const NumberStyles DecimalStyle = IntegerStyle | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>True when a value of this type can be converted from text.</summary>
    public static bool CanConvert(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(string) || target == typeof(object) || target.IsEnum || target == typeof(int) || target == typeof(long)
            || target == typeof(short) || target == typeof(byte) || target == typeof(decimal) || target == typeof(double)
            || target == typeof(float) || target == typeof(bool) || target == typeof(Guid) || target == typeof(DateTimeOffset)
            || target == typeof(DateTime) || target == typeof(DateOnly) || target == typeof(TimeSpan) || target == typeof(Uri);
    }

    /// <summary>Converts <paramref name="text"/>; <paramref name="what"/> names the target in error messages.</summary>
    public static object? Convert(string? text, Type type, string what)
    {
        ArgumentNullException.ThrowIfNull(type);
        var underlying = Nullable.GetUnderlyingType(type);
        if (text is null || (underlying is not null && text.Length == 0))
        {
            return type.IsValueType && underlying is null
                ? throw new FormatException($"No value was captured for {what} of type {type.Name}.")
                : null;
        }

        var target = underlying ?? type;
        try
        {
            return ConvertNonNull(text, target)
                ?? throw new FormatException($"Type {target.Name} of {what} cannot be converted from step text.");
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw new FormatException($"Cannot convert '{text}' to {target.Name} for {what}: {ex.Message}", ex);
        }
    }

    private static object? ConvertNonNull(string text, Type target)
    {
        if (target == typeof(string) || target == typeof(object))
            return text;
        if (target.IsEnum)
            return ParseEnum(text, target);
        if (target == typeof(int))
            return int.Parse(text, IntegerStyle, Invariant);
        if (target == typeof(long))
            return long.Parse(text, IntegerStyle, Invariant);
        if (target == typeof(short))
            return short.Parse(text, IntegerStyle, Invariant);
        if (target == typeof(byte))
            return byte.Parse(text, IntegerStyle, Invariant);
        if (target == typeof(decimal))
            return decimal.Parse(text, DecimalStyle, Invariant);
        if (target == typeof(double))
            return double.Parse(text, DecimalStyle, Invariant);
        if (target == typeof(float))
            return float.Parse(text, DecimalStyle, Invariant);
        if (target == typeof(bool))
            return ParseBoolean(text);
        if (target == typeof(Guid))
            return Guid.Parse(text.Trim(), Invariant);
        if (target == typeof(DateTimeOffset))
            return DateTimeOffset.Parse(text, Invariant, DateTimeStyles.AssumeUniversal);
        if (target == typeof(DateTime))
            return DateTime.Parse(text, Invariant, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        if (target == typeof(DateOnly))
            return DateOnly.Parse(text, Invariant);
        if (target == typeof(TimeSpan))
            return TimeSpan.Parse(text, Invariant);
        if (target == typeof(Uri))
            return new Uri(text, UriKind.RelativeOrAbsolute);
        return null;
    }

    private static bool ParseBoolean(string text) =>
        text.Trim().ToUpperInvariant() switch
        {
            "TRUE" or "YES" => true,
            "FALSE" or "NO" => false,
            _ => throw new FormatException("expected true/false or yes/no"),
        };

    /// <summary>Enum names match ignoring case, spaces, hyphens and underscores; numbers are refused.</summary>
    private static object ParseEnum(string text, Type target)
    {
        var wanted = Normalize(text);
        foreach (var name in Enum.GetNames(target))
        {
            if (string.Equals(Normalize(name), wanted, StringComparison.OrdinalIgnoreCase))
                return Enum.Parse(target, name);
        }

        throw new FormatException($"expected one of {string.Join(", ", Enum.GetNames(target))}");
    }

    private static string Normalize(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_'));
}
