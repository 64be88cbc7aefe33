namespace EclipseConformance.Engine.Tests.Security;

/// <summary>Who may call a route (the expected outcome per role lives in <see cref="AuthorizationMatrix"/>).</summary>
public enum AccessPolicy
{
    /// <summary>Anyone, no credentials (login, health, docs, signature verifier).</summary>
    Anonymous,

    /// <summary>A tenant route only tenant system users and global admins may use.</summary>
    TenantManagement,

    /// <summary>A tenant route customers may also use for their own records (others' are hidden: 404).</summary>
    TenantOwnRecords,

    /// <summary>A tenant route the tenant's users and its integrator may read.</summary>
    TenantRead,

    /// <summary>Global-integrator (and global admin) only, not tenant scoped.</summary>
    GlobalIntegrator,

    /// <summary>The control plane: simulator administrators only.</summary>
    SimulatorAdmin,
}
