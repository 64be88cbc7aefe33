using System.Globalization;
using System.Text;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Customers;

/// <summary>Case- and accent-insensitive form of a name, for matching (<c>Müller</c> = <c>muller</c>).</summary>
public static class NameKey
{
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var decomposed = UnicodeText.Normalize(name.Trim(), NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return UnicodeText.Normalize(builder.ToString(), NormalizationForm.FormC);
    }
}
