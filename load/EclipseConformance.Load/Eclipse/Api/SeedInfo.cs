namespace EclipseConformance.Load.Eclipse.Api;

/// <summary>The parts of <c>GET /sim/v1/seed</c> the profiles use: tenant logins, the global integrator, sample customers.</summary>
public sealed record SeedInfo(
    IReadOnlyList<SeedInfo.Tenant> Tenants, SeedInfo.Integrator GlobalIntegrator, int CustomerCount, int WalletCount, IReadOnlyList<SeedInfo.Customer>? SampleCustomers = null)
{
    /// <summary>A demo customer the seed document lists (lookup criteria and a wallet).</summary>
    public sealed record Customer(long TenantId, long CustomerId, long WalletId, string Currency, string LastName, string Phone);

    public sealed record Tenant(long TenantId, string Name, string Currency, string Identity, string Password, long FloatWalletId);

    public sealed record Integrator(long TenantId, string Identity, string Password, string PrivateKeyPem, long WalletId, string Currency, IReadOnlyList<Wallet> Wallets);

    public sealed record Wallet(long WalletId, string Currency);

    public Tenant TenantById(long tenantId) =>
        Tenants.FirstOrDefault(t => t.TenantId == tenantId) ?? throw new InvalidOperationException($"The seed has no tenant {tenantId}.");
}
