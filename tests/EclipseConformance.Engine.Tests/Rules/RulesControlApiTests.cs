using System.Text;
using EclipseConformance.Engine.Rules;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Rules;

public class RulesControlApiTests
{
    [Fact]
    public async Task Get_shows_the_active_files_version_policies_config_items_and_behaviours()
    {
        await using var engine = new EngineFixture();
        await engine.InitializeAsync();
        using var admin = engine.SimulatorAdmin();
        var rules = await admin.GetAsync("/sim/v1/rules");
        rules.Code.Should().Be(200);
        var json = rules.Json!;
        json["version"]!.GetValue<long>().Should().BePositive();
        json["hash"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{16}$");
        json["files"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).Should().Equal("defaults/00-policies.yaml", "defaults/10-config-items.yaml", "defaults/24-vas-payat-easypay.yaml", "defaults/25-vas-cellulant.yaml");
        json["policies"]!["withdrawalLimit"]!["amount"]!.GetValue<decimal>().Should().Be(24000.00m);
        json["policies"]!["lookup"]!["matchRule"]!.GetValue<string>().Should().Be("TWO_CRITERIA");
        json["configItems"]!["global"]!["mobilerecharge.providers"].Should().NotBeNull();
        json["callbackRetrySchedule"]!.AsArray().Should().HaveCount(6);
        json["lastError"].Should().BeNull();

        using var tenant = await engine.LoginTenantAsync();
        (await tenant.GetAsync("/sim/v1/rules")).Code.Should().Be(403);
        (await engine.Anonymous().GetAsync("/sim/v1/rules")).Code.Should().Be(401);
    }

    [Fact]
    public async Task Put_replaces_the_runtime_rules_and_an_invalid_document_is_refused_with_the_rule_and_position()
    {
        await using var engine = new EngineFixture();
        await engine.InitializeAsync();
        using var admin = engine.SimulatorAdmin();
        var policies = engine.Services.GetRequiredService<IPolicies>();

        var accepted = await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """{"version": 1, "policies": {"lookup": {"resultCap": 25}}}""");
        accepted.Code.Should().Be(200, accepted.Text);
        accepted.Json!["runtimeDocument"]!.GetValue<string>().Should().Be("runtime.json");
        policies.Current.Lookup.ResultCap.Should().Be(25);
        var version = accepted.Json["version"]!.GetValue<long>();

        var refused = await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", "{\n  \"version\": 1,\n  \"policies\": {\"lookup\": {\"resultCap\": 0}}\n}");
        refused.Code.Should().Be(400);
        refused.IsEnvelope().Should().BeTrue();
        refused.ErrorCode.Should().Be("VAL001");
        refused.Error["description"]!.GetValue<string>().Should().Contain("runtime.json:3:").And.Contain("rule 'policies.lookup'")
            .And.Contain("/policies/lookup/resultCap").And.Contain("at least 1");
        policies.Current.Lookup.ResultCap.Should().Be(25, "the previous rules stay active");

        var state = (await admin.GetAsync("/sim/v1/rules")).Json!;
        state["version"]!.GetValue<long>().Should().Be(version);
        state["lastError"]!["problems"]![0]!["rule"]!.GetValue<string>().Should().Be("policies.lookup");
        state["lastError"]!["problems"]![0]!["line"]!.GetValue<int>().Should().Be(3);
    }

    [Fact]
    public async Task Put_accepts_yaml_and_delete_returns_to_the_rule_files()
    {
        await using var engine = new EngineFixture();
        await engine.InitializeAsync();
        using var admin = engine.SimulatorAdmin();
        var policies = engine.Services.GetRequiredService<IPolicies>();

        using var request = new HttpRequestMessage(HttpMethod.Put, "sim/v1/rules")
        {
            Content = new StringContent("version: 1\npolicies:\n  lookup:\n    matchRule: PHONE_OR_TWO\n", Encoding.UTF8, "application/yaml"),
        };
        var yaml = await admin.SendAsync(request);
        yaml.Code.Should().Be(200, yaml.Text);
        policies.Current.Lookup.MatchRule.Should().Be(LookupMatchRule.PhoneOrTwo);

        var deleted = await admin.DeleteAsync("/sim/v1/rules");
        deleted.Code.Should().Be(200);
        deleted.Json!["runtimeDocument"].Should().BeNull();
        policies.Current.Lookup.MatchRule.Should().Be(LookupMatchRule.TwoCriteria);
    }

    [Fact]
    public async Task Malformed_or_hostile_documents_get_the_envelope_and_change_nothing()
    {
        await using var engine = new EngineFixture();
        await engine.InitializeAsync();
        using var admin = engine.SimulatorAdmin();
        var before = (await admin.GetAsync("/sim/v1/rules")).Json!["version"]!.GetValue<long>();
        string[] bodies =
        [
            "{not json",
            "[1, 2]",
            """{"version": 1, "rules": [{"name": "x", "on": "transfer", "when": "System.IO.File.Exists(\"/etc/passwd\")", "then": {"action": "reject"}}]}""",
            """{"version": 1, "behaviours": [{"name": "x", "upstream": "nowhere", "then": {"kind": "Delay"}}]}""",
        ];
        foreach (var body in bodies)
        {
            var response = await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", body);
            response.Code.Should().Be(400, body);
            response.IsEnvelope().Should().BeTrue();
        }

        (await admin.GetAsync("/sim/v1/rules")).Json!["version"]!.GetValue<long>().Should().Be(before);
    }
}
