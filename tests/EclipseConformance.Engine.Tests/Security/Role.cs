namespace EclipseConformance.Engine.Tests.Security;

public enum Role
{
    Anonymous,
    Customer,
    TenantUser,
    OtherTenantUser,
    GlobalIntegrator,
    GlobalAdmin,
    SimulatorAdminBasic,
}
