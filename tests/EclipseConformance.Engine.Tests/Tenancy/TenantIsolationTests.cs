using EclipseConformance.TestKit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Tenancy;

public class TenantIsolationTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    /// <summary>Every tenant-scoped route in the engine's route table (a new route is covered automatically).</summary>
    private List<(string Method, string Pattern)> TenantRoutes() =>
        engine.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.Contains("/tenants/{tenantId", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .ToList();

    [Fact]
    public async Task A_tenant_user_is_refused_on_every_route_of_another_tenant()
    {
        var routes = TenantRoutes();
        routes.Should().NotBeEmpty();
        using var intruder = await engine.LoginTenantAsync(1);
        var victim = engine.Seed.Tenants[0];
        var victimCustomer = engine.Seed.SampleCustomers.First(c => c.TenantId == victim.TenantId);
        foreach (var (method, pattern) in routes)
        {
            var path = Fill(pattern, victim.TenantId, victimCustomer.CustomerId, victimCustomer.WalletId);
            var response = await intruder.SendRawAsync(new HttpMethod(method), path, "{}");
            response.Code.Should().Be(403, $"{method} {path}");
            response.IsEnvelope().Should().BeTrue();
            response.ErrorCode.Should().Be("SEC001");
        }
    }

    [Fact]
    public async Task A_wallet_of_another_tenant_is_not_found_through_the_callers_own_tenant()
    {
        using var tenantA = await engine.LoginTenantAsync(0);
        var foreignWallet = engine.Seed.Tenants[1].WalletIds[0];
        var response = await tenantA.GetAsync($"tenants/{engine.Seed.Tenants[0].TenantId}/wallets/{foreignWallet}");
        response.Code.Should().Be(404);
        response.ErrorCode.Should().Be("ARCH086");
    }

    [Fact]
    public async Task A_customer_sees_their_own_record_and_wallets_but_not_another_customers()
    {
        var me = engine.Seed.SampleCustomers.First(c => c.Identity is not null);
        var other = engine.Seed.SampleCustomers.First(c => c.TenantId == me.TenantId && c.CustomerId != me.CustomerId);
        using var client = await engine.LoginAsync(me.Identity!, me.Password!);
        (await client.GetAsync($"tenants/{me.TenantId}/customers/{me.CustomerId}")).Code.Should().Be(200);
        (await client.GetAsync($"tenants/{me.TenantId}/wallets/{me.WalletId}")).Code.Should().Be(200);
        (await client.GetAsync($"tenants/{me.TenantId}/customers/{other.CustomerId}")).Code.Should().Be(404);
        (await client.GetAsync($"tenants/{me.TenantId}/wallets/{other.WalletId}")).Code.Should().Be(404);
        (await client.GetAsync($"tenants/{me.TenantId}/customers")).Code.Should().Be(403);
    }

    [Fact]
    public async Task The_global_admin_may_act_in_any_tenant()
    {
        using var admin = await engine.LoginAdminAsync();
        foreach (var tenant in engine.Seed.Tenants)
        {
            (await admin.GetAsync($"tenants/{tenant.TenantId}/wallets/{tenant.WalletIds[0]}")).Code.Should().Be(200);
        }
    }

    [Fact]
    public async Task The_integrator_reads_its_own_wallets_with_the_standard_enquiry()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        var gi = engine.Seed.GlobalIntegrator;
        var wallet = await integrator.GetAsync($"tenants/{gi.TenantId}/wallets/{gi.WalletId}");
        wallet.Code.Should().Be(200);
        wallet.Json!["currency"]!.GetValue<string>().Should().Be(gi.Currency);
        wallet.Json["availableBalance"]!.GetValue<decimal>().Should().BePositive();
        (await integrator.GetAsync($"tenants/{gi.TenantId}/wallets")).OkArray().Count.Should().BeGreaterThanOrEqualTo(4);
    }

    private static string Fill(string pattern, long tenantId, long customerId, long walletId)
    {
        var path = pattern.Replace("/eclipse-conductor/rest/v1/", "", StringComparison.Ordinal);
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{tenantId[^}]*\}", tenantId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{customerId[^}]*\}", customerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{walletId[^}]*\}", walletId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "1");
    }
}
