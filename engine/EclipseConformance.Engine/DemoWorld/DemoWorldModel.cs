namespace EclipseConformance.Engine.DemoWorld;

/// <summary>The generated world before it is written: plain data, deterministic for a seed.</summary>
public sealed class DemoWorldModel
{
    public List<DemoTenant> Tenants { get; } = [];

    public List<DemoPerson> People { get; } = [];

    public required DemoLogin Admin { get; init; }

    public required string CapFamilyLastName { get; init; }

    public required string CapFamilyPhone { get; init; }
}

/// <summary>A tenant, its API login and its system wallets (initial balances in whole units).</summary>
public sealed record DemoTenant(
    long TenantId,
    string Name,
    string Country,
    string Currency,
    string Kind,
    DemoLogin Login,
    IReadOnlyList<DemoSystemWallet> Wallets);

public sealed record DemoSystemWallet(long WalletTypeId, string Name, string Currency, long InitialUnits, bool ListedInSeed);

public sealed record DemoLogin(string Identity, string Password, string Roles);

/// <summary>A person; registered as a customer in one or more tenants, with one or more wallets in each.</summary>
public sealed record DemoPerson(
    string FirstName,
    string LastName,
    string Phone,
    string NationalIdentityNumber,
    string PassportNumber,
    string DateOfBirth,
    string Gender,
    string Email,
    IReadOnlyList<DemoRegistration> Registrations,
    bool Sample);

/// <summary>A customer record of a person in one tenant, with the initial balances (in cents) of its wallets.</summary>
public sealed record DemoRegistration(long TenantId, string ExternalUniqueId, IReadOnlyList<long> WalletCents, string? Password);
