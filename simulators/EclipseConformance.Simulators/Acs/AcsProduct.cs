namespace EclipseConformance.Simulators.Acs;

/// <summary>One ACS catalogue item: network (or ELECTRICITY), code, description and category.</summary>
public sealed record AcsProduct(string Network, string Code, string Description, string Category);
