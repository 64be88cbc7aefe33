namespace EclipseConformance.Simulators.Kganya;

/// <summary>A Kganya customer, found by ID number (and mobile number when the caller gives one), with its items.</summary>
public sealed record KganyaCustomer(string IdNumber, string Mobile, string Name, IReadOnlyList<KganyaProduct> Products);
