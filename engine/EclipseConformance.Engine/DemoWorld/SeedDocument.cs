namespace EclipseConformance.Engine.DemoWorld;

/// <summary>
/// <c>GET /sim/v1/seed</c>: everything a client needs to start (issue 2's shape, plus a few helpful extras).
/// Kept in the store at generation time, so it is the same after every restart.
/// </summary>
public sealed record SeedDocument(
    IReadOnlyList<SeedDocument.Tenant> Tenants,
    SeedDocument.Integrator GlobalIntegrator,
    SeedDocument.Login Admin,
    IReadOnlyList<SeedDocument.Customer> SampleCustomers,
    SeedDocument.Family CapFamily,
    int CustomerCount,
    int WalletCount,
    int Seed)
{
    /// <summary>The highest customer id the seed created (later ids were created at run time).</summary>
    public long LastSeededCustomerId { get; init; }

    /// <summary>The highest wallet id the seed created.</summary>
    public long LastSeededWalletId { get; init; }

    public sealed record Tenant(
        long TenantId, string Name, string Country, string Currency, string Identity, string Password, IReadOnlyList<long> WalletIds,
        long FloatWalletId, long VasSettlementWalletId, long FeeWalletId);

    public sealed record Integrator(
        long TenantId, string Identity, string Password, string PrivateKeyPem, long WalletId, string Currency, IReadOnlyList<Wallet> Wallets);

    public sealed record Wallet(long WalletId, string Currency);

    public sealed record Login(string Identity, string Password);

    public sealed record Customer(
        long TenantId, long CustomerId, long WalletId, string Currency, string FirstName, string LastName, string Phone,
        string NationalIdentityNumber, string PassportNumber, string? Identity, string? Password);

    /// <summary>The household whose surname + phone match more than 100 wallets.</summary>
    public sealed record Family(string LastName, string Phone, int WalletCount);
}
