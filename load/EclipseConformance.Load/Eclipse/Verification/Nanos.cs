namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>Money in nano-units (scale 9), as the engine's ledger keeps it: exact, no floating point.</summary>
public static class Nanos
{
    public const long PerUnit = 1_000_000_000;

    public const long PerCent = 10_000_000;

    public static long From(decimal amount) => decimal.ToInt64(decimal.Round(amount * PerUnit, 0, MidpointRounding.ToZero)) is var n && n == amount * PerUnit
        ? n
        : throw new InvalidDataException($"Amount {amount} has more than 9 decimals.");

    public static decimal ToDecimal(long nanos) => nanos / (decimal)PerUnit;
}
