namespace EclipseConformance.Engine.Ledger;

public enum AuthorityLevel
{
    /// <summary>The engine itself (funding, settlement, reversals): no caller restrictions.</summary>
    System,
    GlobalAdmin,
    TenantSystem,
    GlobalIntegrator,
    Customer,
}
