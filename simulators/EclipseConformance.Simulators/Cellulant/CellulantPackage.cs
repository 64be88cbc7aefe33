namespace EclipseConformance.Simulators.Cellulant;

/// <summary>What can be bought on a service: a package with a price, or (Amount null) any amount within the service's limits.</summary>
public sealed record CellulantPackage(string Code, string Name, decimal? Amount);
