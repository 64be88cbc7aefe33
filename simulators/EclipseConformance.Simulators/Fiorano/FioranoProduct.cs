namespace EclipseConformance.Simulators.Fiorano;

/// <summary>A utility of a market's local catalog: its code (e.g. <c>NWSC</c>, <c>KE-STARTIMES</c>), type, category and description.</summary>
public sealed record FioranoProduct(string UtilityCode, string ProductType, string Category, string Description);
