namespace EclipseConformance.Engine.Tenancy;

public sealed record Tenant(long TenantId, string Name, string Country, string Currency, string Kind, long AcceptsCrossTenant, long CreatedMs)
{
    public bool IsGlobalIntegrator => Kind == TenantKind.GlobalIntegrator;
}
