using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Wallets;

/// <summary>Opening wallets for customers (and, for the demo world and control plane, system wallets).</summary>
public sealed class WalletService(Database database, TenantStore tenants, IRandomSource random, TimeProvider time)
{
    public async Task<(ApiError? Error, Wallet? Wallet)> CreateAsync(long tenantId, long? customerId, CreateWalletRequest request, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(tenantId, cancellationToken);
        if (tenant is null)
        {
            return (ApiError.NotFound("Tenant"), null);
        }

        var problems = new List<string>();
        var currency = request.Currency ?? tenant.Currency;
        if (!Currencies.IsKnown(currency))
        {
            problems.Add("currency must be a supported ISO 4217 code");
        }

        var walletTypeId = request.WalletTypeId ?? WalletTypes.CustomerMain;
        if (!WalletTypes.Exists(walletTypeId))
        {
            problems.Add("walletTypeId is unknown");
        }
        else if (customerId is not null && walletTypeId != WalletTypes.CustomerMain)
        {
            problems.Add("customer wallets must have walletTypeId 5001");
        }

        if (request.FriendlyId is not null && !FriendlyIds.IsValid(request.FriendlyId))
        {
            problems.Add("friendlyId must be exactly 8 letters or digits");
        }

        if (request.ExternalUniqueId is { Length: < 6 or > 100 })
        {
            problems.Add("externalUniqueId must be 6-100 characters");
        }

        if (request.Name is { Length: > 100 } || request.Description is { Length: > 200 } || request.ExternalId is { Length: > 200 })
        {
            problems.Add("name (≤100), description (≤200) and externalId (≤200) are too long");
        }

        if (request.Status is not null && !WalletStatus.IsKnown(request.Status))
        {
            problems.Add("status must be ACTIVE, INACTIVE or FROZEN");
        }

        if (problems.Count > 0)
        {
            return (ApiError.Validation(string.Join("; ", problems)), null);
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wallet = new Wallet(
                0, tenantId, customerId, walletTypeId, request.Name ?? "Main wallet", request.Description, currency!,
                request.FriendlyId ?? FriendlyIds.New(random), request.ExternalUniqueId, request.ExternalId, null,
                request.Status ?? WalletStatus.Active, 0, 0, 0, now, now);
            await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
            var id = await WalletStore.InsertAsync(connection, tx, wallet);
            if (id is not null)
            {
                await tx.CommitAsync(cancellationToken);
                return (null, wallet with { WalletId = id.Value });
            }

            await tx.RollbackAsync(cancellationToken);
            if (request.FriendlyId is not null || request.ExternalUniqueId is not null)
            {
                return (ApiError.Conflict("friendlyId or externalUniqueId is already used by another wallet"), null);
            }
        }

        return (ApiError.Conflict("Could not allocate a unique friendlyId"), null);
    }
}
