using EclipseConformance.Engine.Identity;

namespace EclipseConformance.Engine.Tenancy;

/// <summary>What each role may do inside a tenant it can access (the tenant itself is checked by <see cref="TenantAccessFilter"/>).</summary>
public static class TenantPermissions
{
    /// <summary>Create and list customers, open wallets for them, see every wallet of the tenant.</summary>
    public static bool CanManageTenant(Caller caller) => caller.IsTenantSystem || caller.IsGlobalAdmin;

    public static bool CanSeeCustomer(Caller caller, long customerId) =>
        CanManageTenant(caller) || (caller.IsCustomer && caller.CustomerId == customerId);

    /// <summary>Tenant users see all the tenant's wallets; integrators their own tenant's; customers only their own.</summary>
    public static bool CanSeeWallet(Caller caller, long? walletCustomerId) =>
        CanManageTenant(caller) || caller.IsGlobalIntegrator || (caller.IsCustomer && walletCustomerId is not null && caller.CustomerId == walletCustomerId);
}
