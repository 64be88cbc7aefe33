using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>Two customers of one tenant whose wallets the fuzzer aims at (and whose balances must not move when it is refused).</summary>
public sealed record SeedCustomers(long TenantId, long CustomerId, long WalletId, long OtherWalletId, string Currency)
{
    /// <summary>The first tenant (South Africa: withdrawals, transfers, customers).</summary>
    public static SeedCustomers From(EngineFixture engine) => Of(engine, engine.Seed.Tenants[0]);

    /// <summary>The tenant whose currency the VAS catalogue sells in (Botswana).</summary>
    public static SeedCustomers Vas(EngineFixture engine) => Of(engine, engine.Seed.Tenants.First(t => t.Currency == "BWP"));

    private static SeedCustomers Of(EngineFixture engine, EclipseConformance.Engine.DemoWorld.SeedDocument.Tenant tenant)
    {
        var customers = engine.Seed.SampleCustomers.Where(c => c.TenantId == tenant.TenantId).Take(2).ToList();
        return new SeedCustomers(tenant.TenantId, customers[0].CustomerId, customers[0].WalletId, customers[1].WalletId, tenant.Currency);
    }
}
