using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;
using Bogus;
using Database = EclipseConformance.Engine.Storage.Database;
using Dapper;
using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Ledger;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Wallets;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.DemoWorld;

/// <summary>
/// Writes the generated world in one transaction at first start: tenants, logins, customers, wallets, and the
/// opening balances as balanced funding postings from each tenant's float (never a bare balance write).
/// </summary>
public sealed partial class DemoWorldSeeder(
    Database database, PostingEngine postings, PasswordHasher hasher, TenantStore tenants, IOptions<DemoWorldOptions> options,
    TimeProvider time, ILogger<DemoWorldSeeder> logger)
{
    public const string SeedDocumentKey = "demo-world.seed-document";

    private const int FundingChunk = 5_000;

    // A reset reseeds the identical world: the generated model and each password's PBKDF2 hash are kept from the first
    // seed (the world is a pure function of the options; a hash with its salt verifies the same password forever).
    private readonly Lazy<DemoWorldModel> _world = new(() => DemoWorldGenerator.Generate(options.Value));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    public async Task<SeedDocument?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var json = await connection.QuerySingleOrDefaultAsync<string>("SELECT value FROM sim_state WHERE key = @key", new { key = SeedDocumentKey });
        return json is null ? null : JsonSerializer.Deserialize(json, DemoWorldJsonContext.Default.SeedDocument);
    }

    /// <summary>Seeds an empty store; does nothing when a world already exists (another instance may have seeded it).</summary>
    public async Task EnsureSeededAsync(CancellationToken cancellationToken) => await EnsureSeededAsync(null, cancellationToken);

    /// <summary>Seeds an empty store, reusing the integrator's key pair when given (a reset keeps it: RSA 4096 generation is slow).</summary>
    public async Task EnsureSeededAsync(string? integratorPrivateKeyPem, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not null)
        {
            return;
        }

        var started = time.GetTimestamp();
        var world = _world.Value;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var claimed = await connection.ExecuteAsync(
            "INSERT INTO sim_state (key, value, updated_ms) VALUES (@key, '{}', @now) ON CONFLICT (key) DO NOTHING",
            new { key = SeedDocumentKey, now }, tx);
        if (claimed == 0)
        {
            return;
        }

        var document = await WriteAsync(connection, tx, world, now, integratorPrivateKeyPem, cancellationToken) with
        {
            LastSeededCustomerId = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(customer_id), 0) FROM customers", transaction: tx),
            LastSeededWalletId = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(wallet_id), 0) FROM wallets", transaction: tx),
        };
        await connection.ExecuteAsync(
            "UPDATE sim_state SET value = @value WHERE key = @key",
            new { key = SeedDocumentKey, value = JsonSerializer.Serialize(document, DemoWorldJsonContext.Default.SeedDocument) }, tx);
        await tx.CommitAsync(cancellationToken);
        tenants.Invalidate();
        LogSeeded(logger, document.CustomerCount, document.WalletCount, time.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task<SeedDocument> WriteAsync(DbConnection c, DbTransaction tx, DemoWorldModel world, long now, string? integratorKeyPem, CancellationToken ct)
    {
        var friendly = new Randomizer(options.Value.Seed + 1);
        var fundings = new List<PostingRequest>();
        var floats = new Dictionary<(long Tenant, string Currency), long>();
        var seedTenants = new List<SeedDocument.Tenant>();
        SeedDocument.Integrator? integrator = null;
        foreach (var t in world.Tenants)
        {
            await TenantStore.InsertAsync(c, tx, new Tenant(t.TenantId, t.Name, t.Country, t.Currency, t.Kind, 1, now));
            var walletIds = new List<(DemoSystemWallet Spec, long Id)>();
            foreach (var spec in t.Wallets)
            {
                var id = await InsertWalletAsync(c, tx, friendly, t.TenantId, null, spec.WalletTypeId, spec.Name, spec.Currency, now);
                walletIds.Add((spec, id));
                if (spec.WalletTypeId == WalletTypes.TenantFloat)
                {
                    floats[(t.TenantId, spec.Currency)] = id;
                }
                else if (spec.InitialUnits > 0)
                {
                    fundings.Add(Funding(floats[(t.TenantId, spec.Currency)], id, spec.InitialUnits * 1_000_000_000L, t.TenantId));
                }
            }

            string? publicKey = null;
            string? privateKey = null;
            if (t.Kind == TenantKind.GlobalIntegrator)
            {
                using var rsa = integratorKeyPem is null ? RSA.Create(options.Value.IntegratorKeyBits) : RSA.Create();
                if (integratorKeyPem is not null)
                {
                    rsa.ImportFromPem(integratorKeyPem);
                }

                publicKey = rsa.ExportSubjectPublicKeyInfoPem();
                privateKey = rsa.ExportPkcs8PrivateKeyPem();
            }

            await IdentityStore.TryInsertAsync(c, tx, new IdentityRecord(t.Login.Identity, t.TenantId, t.TenantId, null, t.Login.Roles, HashOnce(t.Login.Password), publicKey, "ACTIVE"), now);
            var listed = walletIds.Where(w => w.Spec.ListedInSeed).Select(w => w.Id).ToList();
            long Of(long type) => walletIds.First(w => w.Spec.WalletTypeId == type).Id;
            if (t.Kind == TenantKind.GlobalIntegrator)
            {
                var wallets = walletIds.Where(w => w.Spec.ListedInSeed).Select(w => new SeedDocument.Wallet(w.Id, w.Spec.Currency)).ToList();
                integrator = new SeedDocument.Integrator(t.TenantId, t.Login.Identity, t.Login.Password, privateKey!, wallets[0].WalletId, wallets[0].Currency, wallets);
            }
            else if (t.Kind == TenantKind.Standard)
            {
                seedTenants.Add(new SeedDocument.Tenant(t.TenantId, t.Name, t.Country, t.Currency, t.Login.Identity, t.Login.Password, listed,
                    Of(WalletTypes.TenantFloat), Of(WalletTypes.VasSettlement), Of(WalletTypes.FeeIncome)));
            }
        }

        var samples = new List<SeedDocument.Customer>();
        int customers = 0, wallets2 = 0;
        foreach (var person in world.People)
        {
            foreach (var reg in person.Registrations)
            {
                var tenant = world.Tenants.First(t => t.TenantId == reg.TenantId);
                PhoneNumbers.TryNormalise(person.Phone, tenant.Country, out var phone, out var phoneKey);
                var customerId = await CustomerStore.InsertAsync(c, tx, new Customer(0, reg.TenantId, reg.ExternalUniqueId, person.FirstName, person.LastName,
                    phone, person.Email, person.NationalIdentityNumber, person.PassportNumber, person.DateOfBirth, person.Gender, null, "ACTIVE", 0, now, now), phoneKey)
                    ?? throw new InvalidOperationException("Duplicate demo customer id");
                customers++;
                long firstWallet = 0;
                foreach (var cents in reg.WalletCents)
                {
                    var walletId = await InsertWalletAsync(c, tx, friendly, reg.TenantId, customerId, WalletTypes.CustomerMain, "Main wallet", tenant.Currency, now);
                    firstWallet = firstWallet == 0 ? walletId : firstWallet;
                    fundings.Add(Funding(floats[(reg.TenantId, tenant.Currency)], walletId, cents * 10_000_000L, reg.TenantId));
                    wallets2++;
                }

                string? identity = null;
                if (reg.Password is not null)
                {
                    identity = $"cust-{customerId}";
                    await IdentityStore.TryInsertAsync(c, tx, new IdentityRecord(identity, customerId, reg.TenantId, customerId, Roles.Customer, HashOnce(reg.Password), null, "ACTIVE"), now);
                }

                if (person.Sample && (reg.Password is not null || samples.Count(s => s.TenantId == reg.TenantId) < 3))
                {
                    samples.Add(new SeedDocument.Customer(reg.TenantId, customerId, firstWallet, tenant.Currency, person.FirstName, person.LastName,
                        phone, person.NationalIdentityNumber, person.PassportNumber, identity, reg.Password));
                }
            }
        }

        // In chunks: one batch loads every wallet it touches in one IN list, and SQLite allows at most 32 766 variables.
        foreach (var chunk in fundings.Chunk(FundingChunk))
        {
            var results = await postings.ApplyAsync(c, tx, chunk, ct);
            if (results.Any(r => r.Status != PostingStatus.Applied))
            {
                throw new InvalidOperationException("Demo world funding failed: " + results.First(r => r.Status != PostingStatus.Applied));
            }
        }

        var capWallets = world.People.Count(p => p.LastName == world.CapFamilyLastName && p.Phone == world.CapFamilyPhone) * 2;
        return new SeedDocument(seedTenants, integrator!, new SeedDocument.Login(world.Admin.Identity, world.Admin.Password), samples,
            new SeedDocument.Family(world.CapFamilyLastName, world.CapFamilyPhone, capWallets), customers, wallets2, options.Value.Seed);
    }

    private string HashOnce(string password) => _hashes.GetOrAdd(password, hasher.Hash);

    private static PostingRequest Funding(long floatWallet, long target, long nanos, long tenantId) =>
        PostingRequest.Transfer(PostingKind.Funding, null, null, tenantId, floatWallet, target, nanos, PostingAuthority.System, "Opening balance");

    private static async Task<long> InsertWalletAsync(DbConnection c, DbTransaction tx, Randomizer friendly, long tenantId, long? customerId, long type, string name, string currency, long now)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var wallet = new Wallet(0, tenantId, customerId, type, name, null, currency, friendly.String2(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                null, null, null, WalletStatus.Active, 0, 0, 0, now, now);
            if (await WalletStore.InsertAsync(c, tx, wallet) is { } id)
            {
                return id;
            }
        }

        throw new InvalidOperationException("Could not allocate a unique friendly id");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo world seeded: {Customers} customers, {Wallets} customer wallets in {Ms:F0} ms")]
    private static partial void LogSeeded(ILogger logger, int customers, int wallets, double ms);
}
