namespace EclipseConformance.Engine.Tests.Security;

/// <summary>
/// Every route of the engine with its access policy. A route in the route table that is not listed here fails
/// <see cref="AuthorizationMatrixTests"/>: adding a route means deciding who may call it.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly IReadOnlyDictionary<(string Method, string Pattern), AccessPolicy> Routes = new Dictionary<(string, string), AccessPolicy>
    {
        [("POST", "/eclipse-conductor/rest/v1/authentication/login")] = AccessPolicy.Anonymous,
        [("POST", "/eclipse-conductor/rest/v1/authentication/renew")] = AccessPolicy.Anonymous,
        [("GET", "/eclipse-conductor/rest/v1/authentication/login-challenges")] = AccessPolicy.Anonymous,
        [("POST", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/customers")] = AccessPolicy.TenantManagement,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/customers")] = AccessPolicy.TenantManagement,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/customers/{customerId:long}")] = AccessPolicy.TenantOwnRecords,
        [("POST", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/customers/{customerId:long}/identities")] = AccessPolicy.TenantManagement,
        [("POST", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/customers/{customerId:long}/wallets")] = AccessPolicy.TenantManagement,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/customers/{customerId:long}/wallets")] = AccessPolicy.TenantOwnRecords,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/wallets")] = AccessPolicy.TenantRead,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/wallets/{walletId:long}")] = AccessPolicy.TenantOwnRecords,
        [("POST", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/wallets/transfers")] = AccessPolicy.TenantOwnRecords,
        [("POST", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/wallets/{walletId:long}/transfers")] = AccessPolicy.TenantOwnRecords,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/wallets/{walletId:long}/transactions")] = AccessPolicy.TenantOwnRecords,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/config-items")] = AccessPolicy.TenantManagement,
        [("PUT", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/config-items")] = AccessPolicy.TenantManagement,
        [("GET", "/eclipse-conductor/rest/v1/global/wallets")] = AccessPolicy.GlobalIntegrator,
        [("POST", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/wallets/{walletId:long}/withdrawals")] = AccessPolicy.TenantOwnRecords,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/wallets/{walletId:long}/withdrawals")] = AccessPolicy.TenantOwnRecords,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/wallets/{walletId:long}/withdrawals/{withdrawalId:long}")] = AccessPolicy.TenantOwnRecords,
        [("DELETE", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/wallets/{walletId:long}/withdrawals/{withdrawalId:long}")] = AccessPolicy.TenantOwnRecords,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/vas/catalogs")] = AccessPolicy.TenantOwnRecords,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/vas/{msisdn}")] = AccessPolicy.TenantOwnRecords,
        [("POST", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/customers/{customerId:long}/payments")] = AccessPolicy.TenantOwnRecords,
        [("PUT", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/payments/{paymentId:long}")] = AccessPolicy.TenantOwnRecords,
        [("GET", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/payments/{paymentId:long}")] = AccessPolicy.TenantOwnRecords,
        [("POST", "/sim/v1/withdrawals/{withdrawalId:long}/redeem")] = AccessPolicy.SimulatorAdmin,
        [("POST", "/sim/v1/atm/cash-out")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/sms")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/health")] = AccessPolicy.Anonymous,
        [("POST", "/sim/v1/signatures/verify")] = AccessPolicy.Anonymous,
        [("GET", "/sim/v1/seed")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/tenants")] = AccessPolicy.SimulatorAdmin,
        [("POST", "/sim/v1/wallets/{walletId:long}/fund")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/clock")] = AccessPolicy.SimulatorAdmin,
        [("POST", "/sim/v1/clock/advance")] = AccessPolicy.SimulatorAdmin,
        [("POST", "/sim/v1/clock/set")] = AccessPolicy.SimulatorAdmin,
        [("POST", "/sim/v1/reset")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/journal")] = AccessPolicy.SimulatorAdmin,
        [("DELETE", "/sim/v1/journal")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/simulators")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/simulators/{name}/journal")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/faults")] = AccessPolicy.SimulatorAdmin,
        [("POST", "/sim/v1/faults")] = AccessPolicy.SimulatorAdmin,
        [("DELETE", "/sim/v1/faults")] = AccessPolicy.SimulatorAdmin,
        [("DELETE", "/sim/v1/faults/{upstream}/{id}")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/ledger/invariants")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/ledger/stats")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/callbacks")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/callbacks/{callbackId:long}")] = AccessPolicy.SimulatorAdmin,
        [("POST", "/sim/v1/callbacks/{callbackId:long}/redeliver")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/rules")] = AccessPolicy.SimulatorAdmin,
        [("PUT", "/sim/v1/rules")] = AccessPolicy.SimulatorAdmin,
        [("DELETE", "/sim/v1/rules")] = AccessPolicy.SimulatorAdmin,
        [("POST", "/sim/v1/rules/reload")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/config-items")] = AccessPolicy.SimulatorAdmin,
        [("PUT", "/sim/v1/config-items")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/conformance")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/payments")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/payments/{paymentId:long}")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/withdrawals")] = AccessPolicy.SimulatorAdmin,
        [("GET", "/sim/v1/withdrawals/{withdrawalId:long}")] = AccessPolicy.SimulatorAdmin,
    };

    /// <summary>
    /// What a role gets from a route of a policy when it targets tenant A's resources: <c>null</c> = allowed (any answer but
    /// 401/403 — a 400 for an empty body still means the caller was let in), otherwise the status it must get.
    /// </summary>
    public static int? Expected(AccessPolicy policy, Role role) => (policy, role) switch
    {
        (AccessPolicy.Anonymous, _) => null,
        (_, Role.Anonymous) => 401,
        (AccessPolicy.SimulatorAdmin, Role.SimulatorAdminBasic or Role.GlobalAdmin) => null,
        (AccessPolicy.SimulatorAdmin, _) => 403,
        (AccessPolicy.GlobalIntegrator, Role.GlobalIntegrator or Role.GlobalAdmin) => null,
        (AccessPolicy.GlobalIntegrator, _) => 403,
        (_, Role.SimulatorAdminBasic or Role.OtherTenantUser or Role.GlobalIntegrator) => 403,
        (_, Role.TenantUser or Role.GlobalAdmin) => null,
        (AccessPolicy.TenantManagement, Role.Customer) => 403,
        (AccessPolicy.TenantRead, Role.Customer) => 403,
        (AccessPolicy.TenantOwnRecords, Role.Customer) => null,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), $"{policy}/{role} has no expectation"),
    };
}
