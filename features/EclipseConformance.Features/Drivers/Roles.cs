namespace EclipseConformance.Features.Drivers;

/// <summary>Who a step acts as; the names are the ones the feature files use.</summary>
public enum Role
{
    TenantApiUser,
    OtherTenantApiUser,
    GlobalIntegrator,
    Administrator,
    Customer,
}
