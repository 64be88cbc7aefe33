namespace EclipseConformance.Engine.Identity;

/// <summary>The roles the engine distinguishes (carried in the JWT <c>roles</c> claim, comma separated).</summary>
public static class Roles
{
    /// <summary>A tenant's API/system user (position TENANT_SYSTEM in the JWT <c>pos</c> claim).</summary>
    public const string TenantSystem = "TENANT_SYSTEM";

    /// <summary>An end customer of a tenant (Eclipse writes this role in lower case).</summary>
    public const string Customer = "customer";

    /// <summary>A global integrator: disburses from its own wallets to wallets in any tenant.</summary>
    public const string GlobalIntegrator = "GLOBAL_INTEGRATOR";

    /// <summary>Platform administrator: every tenant.</summary>
    public const string GlobalAdmin = "GLOBAL_ADMIN";

    /// <summary>May steer the simulator through <c>/sim/v1</c>.</summary>
    public const string SimulatorAdmin = "SIMULATOR_ADMIN";
}
