namespace EclipseConformance.Simulators.ScanToPay;

/// <summary>One product of the Scan to Pay (Masterpass/Oltio) VAS list: the network it is for, its code, name and type.</summary>
public sealed record ScanToPayProduct(string Network, string ProductCode, string ProductName, string ProductType);
