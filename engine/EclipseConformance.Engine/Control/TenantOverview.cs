namespace EclipseConformance.Engine.Control;

/// <summary><c>GET /sim/v1/tenants</c>: every tenant with its wallet and customer counts and its money per currency.</summary>
public sealed record TenantOverview(
    long TenantId, string Name, string Country, string Currency, string Kind, long Customers, long Wallets, IReadOnlyList<TenantOverview.Total> Totals)
{
    public sealed record Total(string Currency, decimal Balance, decimal Reserved);
}
