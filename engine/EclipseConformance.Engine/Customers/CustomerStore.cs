using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Customers;

public sealed class CustomerStore(Database database)
{
    public const string Columns =
        "customer_id AS CustomerId, tenant_id AS TenantId, external_unique_id AS ExternalUniqueId, first_name AS FirstName, " +
        "last_name AS LastName, phone1 AS Phone1, email AS Email, national_identity_number AS NationalIdentityNumber, " +
        "passport_number AS PassportNumber, date_of_birth AS DateOfBirth, gender AS Gender, title AS Title, status AS Status, " +
        "version AS Version, created_ms AS CreatedMs, last_modified_ms AS LastModifiedMs";

    public async Task<Customer?> FindAsync(long tenantId, long customerId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Customer>(
            $"SELECT {Columns} FROM customers WHERE tenant_id = @tenantId AND customer_id = @customerId", new { tenantId, customerId });
    }

    public async Task<IReadOnlyList<Customer>> ListAsync(long tenantId, CustomerQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Customer>(
            $"""
            SELECT {Columns} FROM customers
            WHERE tenant_id = @tenantId
              AND (@externalUniqueId IS NULL OR external_unique_id = @externalUniqueId)
              AND (@phoneKey IS NULL OR phone_key = @phoneKey)
              AND (@nationalIdentityNumber IS NULL OR national_identity_number = @nationalIdentityNumber)
            ORDER BY customer_id LIMIT @limit OFFSET @offset
            """,
            new { tenantId, externalUniqueId = query.ExternalUniqueId, phoneKey = query.PhoneKey, nationalIdentityNumber = query.NationalIdentityNumber, limit = query.Limit, offset = query.Offset });
        return rows.ToList();
    }

    /// <summary>Inserts a customer; returns null when the externalUniqueId is already taken.</summary>
    public static async Task<long?> InsertAsync(DbConnection connection, DbTransaction transaction, Customer c, string? phoneKey)
    {
        return await connection.ExecuteScalarAsync<long?>(
            """
            INSERT INTO customers (tenant_id, external_unique_id, first_name, last_name, last_name_key, phone1, phone_key, email,
                national_identity_number, passport_number, date_of_birth, gender, title, status, version, created_ms, last_modified_ms)
            VALUES (@TenantId, @ExternalUniqueId, @FirstName, @LastName, @lastNameKey, @Phone1, @phoneKey, @Email,
                @NationalIdentityNumber, @PassportNumber, @DateOfBirth, @Gender, @Title, @Status, 0, @CreatedMs, @LastModifiedMs)
            ON CONFLICT (external_unique_id) DO NOTHING
            RETURNING customer_id
            """,
            new
            {
                c.TenantId,
                c.ExternalUniqueId,
                c.FirstName,
                c.LastName,
                lastNameKey = NameKey.Of(c.LastName),
                c.Phone1,
                phoneKey,
                c.Email,
                c.NationalIdentityNumber,
                c.PassportNumber,
                c.DateOfBirth,
                c.Gender,
                c.Title,
                c.Status,
                c.CreatedMs,
                c.LastModifiedMs,
            },
            transaction);
    }
}
