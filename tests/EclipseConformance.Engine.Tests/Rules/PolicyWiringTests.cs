using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Rules;

/// <summary>Each policy wired into Identity, changed by a rule file, changes what a client sees over HTTP.</summary>
public class PolicyWiringTests
{
    [Fact]
    public async Task A_rule_file_jwt_lifetime_sets_the_token_expiry_and_when_it_stops_working()
    {
        using var folder = new TempRulesFolder();
        folder.Write("jwt.yaml", "version: 1\npolicies:\n  jwt:\n    lifetime: 1h\n");
        await using var engine = new EngineFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();

        using var client = await engine.LoginTenantAsync();
        client.LastLogin!["expiresEpochSecs"]!.GetValue<long>().Should().Be(EngineFixture.Epoch.AddHours(1).ToUnixTimeSeconds());
        var wallet = $"tenants/{engine.Seed.Tenants[0].TenantId}/wallets/{engine.Seed.Tenants[0].WalletIds[0]}";

        engine.Clock.Advance(TimeSpan.FromMinutes(30));
        (await client.GetAsync(wallet)).Code.Should().Be(200, "the default 15-minute token would have expired by now");
        engine.Clock.Advance(TimeSpan.FromMinutes(30));
        (await client.GetAsync(wallet)).Error["description"]!.GetValue<string>().Should().Be("Token expired");
    }

    [Fact]
    public async Task The_bad_login_code_follows_the_active_rules_and_a_login_rule_can_refuse_a_login()
    {
        await using var engine = new EngineFixture();
        await engine.InitializeAsync();
        using var anonymous = engine.Anonymous();
        var tenant = engine.Seed.Tenants[0];
        (await anonymous.PostAsync("authentication/login", new { identity = tenant.Identity, password = "wrong-password" })).ErrorCode.Should().Be("USR002");

        using var admin = engine.SimulatorAdmin();
        var put = await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", $$"""
            {
              "version": 1,
              "policies": { "conflicts": { "badLoginCode": "SEC005" } },
              "rules": [ { "name": "lock-out", "on": "login", "when": "identity == \"{{tenant.Identity}}\"",
                           "then": { "action": "reject", "status": 403, "code": "SEC001", "description": "Locked by a rule" } } ]
            }
            """);
        put.Code.Should().Be(200, put.Text);

        var wrong = await anonymous.PostAsync("authentication/login", new { identity = tenant.Identity, password = "wrong-password" });
        wrong.Code.Should().Be(401);
        wrong.ErrorCode.Should().Be("SEC005");
        var locked = await anonymous.PostAsync("authentication/login", new { identity = tenant.Identity, password = tenant.Password });
        locked.Code.Should().Be(403);
        locked.Error["description"]!.GetValue<string>().Should().Be("Locked by a rule");
        (await anonymous.PostAsync("authentication/login", new { identity = engine.Seed.Tenants[1].Identity, password = engine.Seed.Tenants[1].Password })).Code.Should().Be(200);
    }

    [Fact]
    public async Task Integrator_password_login_can_be_switched_off_by_a_rule_file()
    {
        using var folder = new TempRulesFolder();
        folder.Write("pki-only.json", """{ "version": 1, "policies": { "conflicts": { "integratorPasswordLogin": false } } }""");
        await using var engine = new EngineFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();

        using var client = engine.Anonymous();
        var gi = engine.Seed.GlobalIntegrator;
        var refused = await client.PostAsync("authentication/login", new { identity = gi.Identity, password = gi.Password });
        refused.Code.Should().Be(401);
        refused.ErrorCode.Should().Be("SEC001");
        refused.Error["description"]!.GetValue<string>().Should().Contain("PKI");
        (await client.PostAsync("authentication/login", new { identity = engine.Seed.Tenants[0].Identity, password = engine.Seed.Tenants[0].Password }))
            .Code.Should().Be(200, "only integrators are affected");
    }
}
