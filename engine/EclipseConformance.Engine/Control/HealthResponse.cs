namespace EclipseConformance.Engine.Control;

public sealed record HealthResponse(string Status, string Store, string Now);
