namespace EclipseConformance.Engine.Control.Reset;

/// <summary>What a reset did and how long it took.</summary>
public sealed record ResetReport(string Scope, long? TenantId, double ElapsedMs, int TablesCleared, int WalletsRestored, int HoldsReleased, int CustomersDeactivated);
