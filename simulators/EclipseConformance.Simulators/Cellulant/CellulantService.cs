namespace EclipseConformance.Simulators.Cellulant;

/// <summary>A Cellulant service (biller) in one country: its code (e.g. KE-DSTV), currency, amount limits and packages.</summary>
public sealed record CellulantService(
    string CountryCode,
    string ServiceCode,
    string Name,
    string CurrencyCode,
    decimal MinAmount,
    decimal MaxAmount,
    IReadOnlyList<CellulantPackage> Packages);
