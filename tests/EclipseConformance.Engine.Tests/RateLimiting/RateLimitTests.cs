using EclipseConformance.Engine.Tests.Lookup;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.RateLimiting;

/// <summary>Eclipse's rate limits over HTTP (fact sheet 8), each test on its own engine with its own limits.</summary>
public class RateLimitTests
{
    private static string WalletPath(EngineFixture e, int tenant = 0) => $"tenants/{e.Seed.Tenants[tenant].TenantId}/wallets/{e.Seed.Tenants[tenant].WalletIds[0]}";

    private static (string, string)[] FamilyLookup(EngineFixture e) => [("lastName", e.Seed.CapFamily.LastName), ("phone", e.Seed.CapFamily.Phone)];

    private static void ShouldBeRateLimited(ApiResponse response, string scopeWords)
    {
        response.Code.Should().Be(429, response.Text);
        response.IsEnvelope().Should().BeTrue(response.Text);
        response.ErrorCode.Should().Be("RLT001");
        response.Error["description"]!.GetValue<string>().Should().Contain(scopeWords);
        response.Headers.Should().ContainKey("Retry-After");
    }

    [Fact]
    public async Task The_lookup_window_refuses_bulk_searching_with_429_and_says_when_to_retry_then_recovers_with_the_clock()
    {
        await using var host = await RateLimitedEngine.StartAsync("lookup: { permits: 3, window: 1m }");
        var engine = host.Engine;
        using var integrator = await engine.LoginIntegratorAsync();

        for (var i = 0; i < 3; i++)
        {
            var ok = await integrator.LookupAsync(FamilyLookup(engine));
            ok.Code.Should().Be(200);
            ok.Headers["RateLimit-Limit"].Should().Be("3");
            ok.Headers["RateLimit-Remaining"].Should().Be((2 - i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            ok.Headers["RateLimit-Reset"].Should().Be("60");
            ok.Headers["RateLimit-Policy"].Should().Be("3;w=60, 600;w=60, 3000;w=60");
        }

        var refused = await integrator.LookupAsync(FamilyLookup(engine));
        ShouldBeRateLimited(refused, "global wallet lookups");
        refused.Headers["Retry-After"].Should().Be("60");
        refused.Headers["RateLimit-Remaining"].Should().Be("0");
        (await integrator.GetAsync($"tenants/{engine.Seed.GlobalIntegrator.TenantId}/wallets/{engine.Seed.GlobalIntegrator.WalletId}"))
            .Code.Should().Be(200, "only the lookup has the tighter window");

        engine.Clock.Advance(TimeSpan.FromSeconds(45));
        (await integrator.LookupAsync(FamilyLookup(engine))).Headers["Retry-After"].Should().Be("15");
        engine.Clock.Advance(TimeSpan.FromSeconds(15));
        var recovered = await integrator.LookupAsync(FamilyLookup(engine));
        recovered.Code.Should().Be(200);
        recovered.Headers["RateLimit-Remaining"].Should().Be("2");
    }

    [Fact]
    public async Task The_user_window_refuses_one_user_and_not_another_user_of_the_same_tenant()
    {
        await using var host = await RateLimitedEngine.StartAsync("perUser: { permits: 4, window: 1m }");
        var engine = host.Engine;
        var me = engine.Seed.SampleCustomers.First(c => c.Identity is not null && c.TenantId == engine.Seed.Tenants[0].TenantId);
        using var tenant = await engine.LoginTenantAsync();
        using var customer = await engine.LoginAsync(me.Identity!, me.Password!);

        for (var i = 0; i < 4; i++)
        {
            (await tenant.GetAsync(WalletPath(engine))).Code.Should().Be(200);
        }

        ShouldBeRateLimited(await tenant.GetAsync(WalletPath(engine)), "this user");
        (await customer.GetAsync($"tenants/{me.TenantId}/wallets/{me.WalletId}")).Code.Should().Be(200);
    }

    [Fact]
    public async Task An_exhausted_tenant_window_refuses_every_user_of_that_tenant_but_no_other_tenant()
    {
        await using var host = await RateLimitedEngine.StartAsync("perTenant: { permits: 6, window: 1m }");
        var engine = host.Engine;
        var me = engine.Seed.SampleCustomers.First(c => c.Identity is not null && c.TenantId == engine.Seed.Tenants[0].TenantId);
        using var tenant = await engine.LoginTenantAsync();
        using var customer = await engine.LoginAsync(me.Identity!, me.Password!);
        using var otherTenant = await engine.LoginTenantAsync(1);

        for (var i = 0; i < 3; i++)
        {
            (await tenant.GetAsync(WalletPath(engine))).Code.Should().Be(200);
            (await customer.GetAsync($"tenants/{me.TenantId}/wallets/{me.WalletId}")).Code.Should().Be(200);
        }

        ShouldBeRateLimited(await tenant.GetAsync(WalletPath(engine)), "this tenant");
        ShouldBeRateLimited(await customer.GetAsync($"tenants/{me.TenantId}/wallets/{me.WalletId}"), "this tenant");
        (await otherTenant.GetAsync(WalletPath(engine, 1))).Code.Should().Be(200);
        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        (await customer.GetAsync($"tenants/{me.TenantId}/wallets/{me.WalletId}")).Code.Should().Be(200);
    }

    [Fact]
    public async Task Calls_without_a_JWT_are_limited_by_client_address_and_calls_with_one_are_not()
    {
        await using var host = await RateLimitedEngine.StartAsync("perIp: { permits: 5, window: 1m }");
        var engine = host.Engine;
        using var tenant = await engine.LoginTenantAsync();
        using var anonymous = engine.Anonymous();

        for (var i = 0; i < 4; i++)
        {
            (await anonymous.GetAsync(WalletPath(engine))).Code.Should().Be(401);
        }

        var refused = await anonymous.PostAsync("authentication/login", new { identity = engine.Seed.Tenants[0].Identity, password = engine.Seed.Tenants[0].Password });
        ShouldBeRateLimited(refused, "client address");
        refused.Headers["RateLimit-Policy"].Should().Be("5;w=60");
        (await tenant.GetAsync(WalletPath(engine))).Code.Should().Be(200, "a JWT caller is keyed by user and tenant, not by address");
        for (var i = 0; i < 10; i++)
        {
            (await anonymous.GetAsync("/sim/v1/health")).Code.Should().Be(200, "the control plane is not Eclipse's gateway and is never limited");
        }

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        (await anonymous.PostAsync("authentication/login", new { identity = engine.Seed.Tenants[0].Identity, password = engine.Seed.Tenants[0].Password }))
            .Code.Should().Be(200);
    }

    [Fact]
    public async Task The_concurrency_limit_refuses_a_users_third_request_in_flight_and_frees_up_when_one_completes()
    {
        await using var host = await RateLimitedEngine.StartAsync("""
            perUser: { permits: 1000, window: 1m }
            perTenant: { permits: 500, window: 1m }
            concurrency: { perUser: 2, perTenant: 100, perIp: 16 }
            """);
        var engine = host.Engine;
        var t = engine.Seed.Tenants[0];
        var me = engine.Seed.SampleCustomers.First(c => c.Identity is not null && c.TenantId == t.TenantId);
        using var tenant = await engine.LoginTenantAsync();
        using var customer = await engine.LoginAsync(me.Identity!, me.Password!);
        var body = $$"""{"fromWalletId":{{t.WalletIds[0]}},"toWalletId":{{t.FloatWalletId}},"amount":1,"description":"held","externalUniqueId":"held-{{Guid.NewGuid():N}}","onlyCheck":true}""";
        var path = EclipseClient.Base + $"tenants/{t.TenantId}/wallets/transfers";
        await using var first = await HeldRequest.StartAsync(engine.BaseAddress, path, tenant.Token!, body);
        await using var second = await HeldRequest.StartAsync(engine.BaseAddress, path, tenant.Token!, body);

        // Another user of the tenant watches the tenant window: once it has counted both held requests, they hold their permits.
        var accepted = false;
        for (var probe = 1; probe <= 200 && !accepted; probe++)
        {
            var seen = await customer.GetAsync($"tenants/{me.TenantId}/wallets/{me.WalletId}");
            seen.Code.Should().Be(200, "the customer has its own in-flight budget");
            accepted = seen.Headers["RateLimit-Remaining"] == (500 - probe - 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        accepted.Should().BeTrue("both held requests reach the limiter");
        var refused = await tenant.GetAsync(WalletPath(engine));
        ShouldBeRateLimited(refused, "in flight");
        refused.Headers["Retry-After"].Should().Be("1");

        (await first.CompleteAsync()).Should().Be(204);
        (await second.CompleteAsync()).Should().Be(204);
        var freed = false;
        for (var attempt = 0; attempt < 200 && !freed; attempt++)
        {
            // A lease is released just after its response is sent, so the very next request may still race it.
            freed = (await tenant.GetAsync(WalletPath(engine))).Code == 200;
        }

        freed.Should().BeTrue();
    }

    [Fact]
    public async Task A_rule_file_switches_the_limits_off()
    {
        await using var host = await RateLimitedEngine.StartAsync("""
            enabled: false
            perUser: { permits: 1, window: 1h }
            perIp: { permits: 1, window: 1h }
            lookup: { permits: 1, window: 1h }
            concurrency: { perUser: 1, perTenant: 1, perIp: 1 }
            """);
        var engine = host.Engine;
        using var integrator = await engine.LoginIntegratorAsync();
        using var tenant = await engine.LoginTenantAsync();

        var responses = new List<ApiResponse>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await integrator.LookupAsync(FamilyLookup(engine)));
            responses.Add(await tenant.GetAsync(WalletPath(engine)));
        }

        responses.AddRange(await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => tenant.GetAsync(WalletPath(engine)))));
        responses.Should().OnlyContain(r => r.Code == 200);
        responses.Should().OnlyContain(r => !r.Headers.ContainsKey("RateLimit-Limit"));
    }

    [Fact]
    public async Task The_default_limits_are_reported_and_a_rules_reload_applies_new_limits_at_once()
    {
        await using var host = await RateLimitedEngine.StartAsync(null);
        var engine = host.Engine;
        using var tenant = await engine.LoginTenantAsync();
        using var integrator = await engine.LoginIntegratorAsync();
        using var admin = engine.SimulatorAdmin();

        var first = await tenant.GetAsync(WalletPath(engine));
        first.Headers["RateLimit-Policy"].Should().Be("600;w=60, 3000;w=60");
        first.Headers["RateLimit-Limit"].Should().Be("600");
        first.Headers["RateLimit-Remaining"].Should().Be("599");
        (await integrator.LookupAsync(FamilyLookup(engine))).Headers["RateLimit-Policy"].Should().Be("30;w=60, 600;w=60, 3000;w=60");

        var put = await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """{ "version": 1, "policies": { "rateLimits": { "lookup": { "permits": 2, "window": "10s" } } } }""");
        put.Code.Should().Be(200, put.Text);
        var limited = await integrator.LookupAsync(FamilyLookup(engine));
        limited.Headers["RateLimit-Policy"].Should().Be("2;w=10, 600;w=60, 3000;w=60");
        limited.Headers["RateLimit-Remaining"].Should().Be("1", "new limits start new partitions");
        (await integrator.LookupAsync(FamilyLookup(engine))).Code.Should().Be(200);
        var refused = await integrator.LookupAsync(FamilyLookup(engine));
        ShouldBeRateLimited(refused, "global wallet lookups");
        refused.Headers["Retry-After"].Should().Be("10");

        (await admin.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        (await integrator.LookupAsync(FamilyLookup(engine))).Code.Should().Be(200, "back to 30 per minute, and that window had one lookup");
    }

    [Fact]
    public async Task The_shipped_load_rules_let_one_user_exceed_every_default_limit()
    {
        var folder = Path.Combine(RepositoryRoot(), "rules", "load");
        await using var engine = new EngineFixture { RateLimited = true, RulesDirectory = folder };
        await engine.InitializeAsync();
        using var tenant = await engine.LoginTenantAsync();

        var responses = new List<ApiResponse>();
        for (var batch = 0; batch < 10; batch++)
        {
            responses.AddRange(await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => tenant.GetAsync(WalletPath(engine)))));
        }

        responses.Should().HaveCount(640, "more than the default 600 a minute per user, 64 at a time (default 32 in flight)");
        responses.Should().OnlyContain(r => r.Code == 200 && !r.Headers.ContainsKey("RateLimit-Limit"));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EclipseConformance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}
