using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Storage;

public class PostgresStoreSmokeTests(PostgresEngineFixture engine) : IClassFixture<PostgresEngineFixture>
{
    [Fact]
    public async Task The_engine_migrates_seeds_and_serves_logins_and_enquiries_on_PostgreSQL()
    {
        PostgresTestServer.SkipIfUnavailable();
        using var sim = engine.SimulatorAdmin();
        (await sim.GetAsync("/sim/v1/health")).Json!["store"]!.GetValue<string>().Should().Be("postgres");
        using var client = await engine.LoginTenantAsync();
        var tenant = engine.Seed.Tenants[0];
        var wallet = await client.GetAsync($"tenants/{tenant.TenantId}/wallets/{tenant.WalletIds[0]}");
        wallet.Code.Should().Be(200);
        wallet.Json!["availableBalance"]!.GetValue<decimal>().Should().BePositive();
        var funded = await sim.PostAsync($"/sim/v1/wallets/{tenant.WalletIds[0]}/fund", new { amount = 1.000000001m, externalUniqueId = "pg-smoke-1" });
        funded.Json!["currentBalance"]!.GetValue<decimal>().Should().Be(wallet.Json["currentBalance"]!.GetValue<decimal>() + 1.000000001m);
    }
}
