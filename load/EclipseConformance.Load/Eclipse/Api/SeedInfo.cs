namespace EclipseConformance.Load.Eclipse.Api;

/// <summary>The parts of <c>GET /sim/v1/seed</c> the profiles use: tenant logins and the global integrator.</summary>
public sealed record SeedInfo(IReadOnlyList<SeedInfo.Tenant> Tenants, SeedInfo.Integrator GlobalIntegrator, int CustomerCount, int WalletCount)
{
    public sealed record Tenant(long TenantId, string Name, string Currency, string Identity, string Password, long FloatWalletId);

    public sealed record Integrator(long TenantId, string Identity, string Password, string PrivateKeyPem, long WalletId, string Currency, IReadOnlyList<Wallet> Wallets);

    public sealed record Wallet(long WalletId, string Currency);

    public Tenant TenantById(long tenantId) =>
        Tenants.FirstOrDefault(t => t.TenantId == tenantId) ?? throw new InvalidOperationException($"The seed has no tenant {tenantId}.");
}
