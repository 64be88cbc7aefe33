using System.Text;

namespace EclipseConformance.Engine.Primitives;

/// <summary>
/// Well-formed text: JSON lets a client send lone surrogates (<c>"\ud800"</c>) and noncharacters (U+FFFE, U+FFFF,
/// U+FDD0–U+FDEF), which <see cref="string.Normalize(NormalizationForm)"/> refuses with an exception. Input validation
/// rejects them; code that normalises stored text uses <see cref="Normalize"/>, which never throws.
/// </summary>
public static class UnicodeText
{
    public static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length;)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done || IsNoncharacter(rune))
            {
                return false;
            }

            i += consumed;
        }

        return true;
    }

    /// <summary>Normalises, first replacing anything that is not well-formed with U+FFFD.</summary>
    public static string Normalize(string value, NormalizationForm form)
    {
        if (IsWellFormed(value))
        {
            return value.Normalize(form);
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length;)
        {
            var ok = Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed) == System.Buffers.OperationStatus.Done && !IsNoncharacter(rune);
            builder.Append(ok ? rune.ToString() : "\uFFFD");
            i += Math.Max(consumed, 1);
        }

        return builder.ToString().Normalize(form);
    }

    private static bool IsNoncharacter(Rune rune) => rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;
}
