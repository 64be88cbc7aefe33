using Dapper;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Control;

/// <summary>Reads the per-tenant overview for the dashboard and the control plane (one pass over tenants and wallets).</summary>
public sealed class TenantsOverviewQuery(Database database)
{
    public async Task<IReadOnlyList<TenantOverview>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var tenants = await connection.QueryAsync<(long Id, string Name, string Country, string Currency, string Kind)>(
            "SELECT tenant_id, name, country, currency, kind FROM tenants ORDER BY tenant_id");
        var customers = (await connection.QueryAsync<(long Tenant, long Count)>("SELECT tenant_id, COUNT(*) FROM customers GROUP BY tenant_id"))
            .ToDictionary(r => r.Tenant, r => r.Count);
        var money = (await connection.QueryAsync<(long Tenant, string Currency, long Wallets, long Balance, long Reserved)>(
                "SELECT tenant_id, currency, COUNT(*), SUM(balance), SUM(reserved) FROM wallets GROUP BY tenant_id, currency ORDER BY tenant_id, currency"))
            .GroupBy(r => r.Tenant).ToDictionary(g => g.Key, g => g.ToList());
        return tenants.Select(t =>
        {
            var rows = money.GetValueOrDefault(t.Id) ?? [];
            return new TenantOverview(
                t.Id, t.Name, t.Country, t.Currency, t.Kind, customers.GetValueOrDefault(t.Id), rows.Sum(r => r.Wallets),
                rows.Select(r => new TenantOverview.Total(r.Currency, new Money(r.Balance).ToDecimal(), new Money(r.Reserved).ToDecimal())).ToList());
        }).ToList();
    }
}
