using System.Globalization;
using System.Text;
using EclipseConformance.Engine.Customers;

namespace EclipseConformance.Engine.Lookup;

/// <summary>
/// Obfuscation of the owner's personal fields with <c>*</c> (S-GI: "hide the full value but provide enough
/// information for the owner to know it is their data"; the exact pattern is undocumented, ADR 0021). Lengths are
/// kept so the owner recognises the shape; at most the first and last character of a name, the country code and last
/// four digits of a phone, and the last three characters of an identity document are shown.
/// </summary>
public static class Masking
{
    public const char Star = '*';
    public const int PhoneVisibleDigits = 4;
    public const int DocumentVisibleCharacters = 3;

    /// <summary><c>Sipho</c> → <c>S***o</c>, <c>Müller</c> → <c>M****r</c>; two characters → <c>N*</c>; one → <c>*</c>.</summary>
    public static string Name(string name)
    {
        var elements = TextElements(name.Trim());
        return elements.Count switch
        {
            0 => "",
            1 => Star.ToString(),
            2 => elements[0] + Star,
            _ => elements[0] + new string(Star, elements.Count - 2) + elements[^1],
        };
    }

    /// <summary><c>27821112222</c> → <c>27*****2222</c>: the country calling code and the last four digits.</summary>
    public static string? Phone(string? international, string country)
    {
        if (string.IsNullOrEmpty(international))
        {
            return null;
        }

        var code = PhoneNumbers.Countries.Contains(country) ? PhoneNumbers.CallingCode(country) : "";
        var visible = Math.Min(PhoneVisibleDigits, international.Length / 2);
        if (!international.StartsWith(code, StringComparison.Ordinal) || international.Length < code.Length + visible + 2)
        {
            code = "";
        }

        var hidden = international.Length - code.Length - visible;
        return code + new string(Star, hidden) + international[^visible..];
    }

    /// <summary>National id or passport: only the last three characters (<c>9001015009087</c> → <c>**********087</c>).</summary>
    public static string? Document(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // Short values show less, so at least half is always hidden.
        var visible = Math.Min(DocumentVisibleCharacters, value.Length / 2);
        return new string(Star, value.Length - visible) + value[^visible..];
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>(text.Length);
        var enumerator = StringInfo.GetTextElementEnumerator(Primitives.UnicodeText.Normalize(text, NormalizationForm.FormC));
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
