using System.Text.RegularExpressions;

namespace EclipseConformance.TestKit;

/// <summary>
/// Finds secrets (passwords, tokens, keys) and personal numbers in text the engine keeps (logs, the request journal,
/// the callbacks log): every given value of at least <see cref="MinLength"/> characters, and anything shaped like a
/// JWT. Each leak is described without repeating the whole value.
/// </summary>
public static partial class SecretScan
{
    public const int MinLength = 4;

    public static List<string> Leaks(string where, string text, IEnumerable<string> secrets, IEnumerable<string> personal)
    {
        ArgumentNullException.ThrowIfNull(text);
        var leaks = secrets.Concat(personal).Distinct().Where(s => s.Length >= MinLength && text.Contains(s, StringComparison.Ordinal))
            .Select(s => $"{where} contains {s[..2]}…{s[^2..]}: …{Around(text, s)}…").ToList();
        leaks.AddRange(Jwt().Matches(text).Select(m => $"{where} contains a JWT: {m.Value[..20]}…"));
        return leaks;
    }

    private static string Around(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        var start = Math.Max(0, at - 120);
        return text[start..Math.Min(text.Length, at + value.Length + 40)];
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();
}
