using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Customers;

/// <summary>Customer registration and customer login identities.</summary>
public sealed class CustomerService(Database database, TenantStore tenants, PasswordHasher hasher, TimeProvider time, IPolicies policies)
{
    public async Task<(ApiError? Error, Customer? Customer)> CreateAsync(long tenantId, CreateCustomerRequest request, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindAsync(tenantId, cancellationToken);
        if (tenant is null)
        {
            return (ApiError.NotFound("Tenant"), null);
        }

        if (tenant.IsGlobalIntegrator)
        {
            return (ApiError.Business("A global integrator tenant has no customers"), null);
        }

        if (CustomerValidation.Validate(request, tenant.Country, policies.Current.Conflicts.DateOfBirthFormat, out var phone, out var phoneKey, out var dob) is { } invalid)
        {
            return (invalid, null);
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var customer = new Customer(
            0, tenantId, request.ExternalUniqueId!, request.FirstName!, request.LastName!, phone, request.Email,
            request.NationalIdentityNumber, request.PassportNumber, dob, request.Gender, request.Title, request.Status ?? "ACTIVE", 0, now, now);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        var id = await CustomerStore.InsertAsync(connection, tx, customer, phoneKey);
        if (id is null)
        {
            return (ApiError.Conflict($"A customer with externalUniqueId '{request.ExternalUniqueId}' already exists"), null);
        }

        await tx.CommitAsync(cancellationToken);
        return (null, customer with { CustomerId = id.Value });
    }

    public async Task<ApiError?> CreateIdentityAsync(Customer customer, CreateIdentityRequest request, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        CustomerValidation.Length(problems, "identity", request.Identity, 3, 40, required: true);
        if (request.Password is null && request.Base64EncodedPublicKey is null)
        {
            problems.Add("password or base64EncodedPublicKey is required");
        }

        CustomerValidation.Length(problems, "password", request.Password, 8, 80, required: false);
        string? publicKeyPem = null;
        if (request.Base64EncodedPublicKey is { } key)
        {
            publicKeyPem = PublicKeys.ToPem(key);
            if (publicKeyPem is null)
            {
                problems.Add("base64EncodedPublicKey is not a base64 SubjectPublicKeyInfo RSA key");
            }
        }

        if (problems.Count > 0)
        {
            return ApiError.Validation(string.Join("; ", problems));
        }

        var record = new IdentityRecord(
            request.Identity!, customer.CustomerId, customer.TenantId, customer.CustomerId, Roles.Customer,
            request.Password is null ? null : hasher.Hash(request.Password), publicKeyPem, "ACTIVE");
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        var inserted = await IdentityStore.TryInsertAsync(connection, tx, record, time.GetUtcNow().ToUnixTimeMilliseconds());
        if (!inserted)
        {
            return ApiError.Conflict($"Identity '{request.Identity}' is already taken (identities are unique across tenants)");
        }

        await tx.CommitAsync(cancellationToken);
        return null;
    }
}
