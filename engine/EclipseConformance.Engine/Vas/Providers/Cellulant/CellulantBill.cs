namespace EclipseConformance.Engine.Vas;

/// <summary>What BEEP.queryBill answered for an account on a service: the holder, currency, limits and the packages on sale.</summary>
public sealed record CellulantBill(
    string ServiceCode,
    string ServiceName,
    string AccountNumber,
    string CustomerName,
    string CurrencyCode,
    decimal MinAmount,
    decimal MaxAmount,
    IReadOnlyList<CellulantBill.Package> Packages)
{
    /// <summary>A package: fixed price, or (Amount null) any amount within the limits.</summary>
    public sealed record Package(string Code, string Name, decimal? Amount);
}
