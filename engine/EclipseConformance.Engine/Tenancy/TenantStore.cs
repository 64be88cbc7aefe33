using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Tenancy;

/// <summary>Tenants rarely change, so they are read once and cached; writes go through here and refresh the cache.</summary>
public sealed class TenantStore(Database database)
{
    private const string Columns =
        "tenant_id AS TenantId, name AS Name, country AS Country, currency AS Currency, kind AS Kind, accepts_cross_tenant AS AcceptsCrossTenant, created_ms AS CreatedMs";

    private readonly ConcurrentDictionary<long, Tenant> _cache = new();

    public async ValueTask<Tenant?> FindAsync(long tenantId, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue(tenantId, out var cached))
        {
            return cached;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var tenant = await connection.QuerySingleOrDefaultAsync<Tenant>($"SELECT {Columns} FROM tenants WHERE tenant_id = @tenantId", new { tenantId });
        if (tenant is not null)
        {
            _cache[tenantId] = tenant;
        }

        return tenant;
    }

    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Tenant>($"SELECT {Columns} FROM tenants ORDER BY tenant_id")).ToList();
    }

    public static async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, Tenant tenant)
    {
        const string Sql = """
            INSERT INTO tenants (tenant_id, name, country, currency, kind, accepts_cross_tenant, created_ms)
            VALUES (@TenantId, @Name, @Country, @Currency, @Kind, @AcceptsCrossTenant, @CreatedMs)
            """;
        const string SqlAuto = """
            INSERT INTO tenants (name, country, currency, kind, accepts_cross_tenant, created_ms)
            VALUES (@Name, @Country, @Currency, @Kind, @AcceptsCrossTenant, @CreatedMs) RETURNING tenant_id
            """;
        if (tenant.TenantId > 0)
        {
            await connection.ExecuteAsync(Sql, tenant, transaction);
            return tenant.TenantId;
        }

        return await connection.ExecuteScalarAsync<long>(SqlAuto, tenant, transaction);
    }

    /// <summary>Forget cached tenants (after a reset or a tenant change).</summary>
    public void Invalidate() => _cache.Clear();
}
