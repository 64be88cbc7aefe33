using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Wallets;

/// <summary>Wallet friendly references: exactly 8 characters (REF-GW), without look-alike characters.</summary>
public static class FriendlyIds
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New(IRandomSource random)
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.NextInt(Alphabet.Length)];
        }

        return new string(chars);
    }

    public static bool IsValid(string? value) => value is { Length: 8 } && value.All(char.IsAsciiLetterOrDigit);
}
