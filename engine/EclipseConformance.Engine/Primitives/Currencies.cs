namespace EclipseConformance.Engine.Primitives;

/// <summary>The ISO 4217 currencies wallets may hold in the simulator.</summary>
public static class Currencies
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "ZAR", "BWP", "KES", "UGX", "TZS", "ZMW", "NGN", "GHS", "MZN", "NAD", "LSL", "SZL", "USD", "EUR", "GBP",
    };

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);
}
