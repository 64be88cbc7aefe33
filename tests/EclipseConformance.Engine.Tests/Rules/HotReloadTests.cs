using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Rules;

public class HotReloadTests
{
    [Fact]
    public async Task A_changed_rule_file_takes_effect_and_an_invalid_one_is_refused_while_the_old_rules_keep_working()
    {
        using var folder = new TempRulesFolder();
        await using var engine = new EngineFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        using var anonymous = engine.Anonymous();
        using var admin = engine.SimulatorAdmin();
        var tenant = engine.Seed.Tenants[0];
        async Task<string> WrongLoginCode() =>
            (await anonymous.PostAsync("authentication/login", new { identity = tenant.Identity, password = "not-the-password" })).ErrorCode;

        (await WrongLoginCode()).Should().Be("USR002");
        folder.Write("codes.yaml", "version: 1\npolicies:\n  conflicts:\n    badLoginCode: SEC005\n");
        (await Eventually.HoldsAsync(async () => await WrongLoginCode() == "SEC005")).Should().BeTrue("the watcher reloads the changed folder");
        var good = (await admin.GetAsync("/sim/v1/rules")).Json!;
        good["files"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).Should().Contain("codes.yaml");

        folder.Write("zz-broken.yaml", "version: 1\npolicies:\n  lookup:\n    resultCap: lots\n");
        (await Eventually.HoldsAsync(async () => (await admin.GetAsync("/sim/v1/rules")).Json!["lastError"] is not null)).Should().BeTrue();
        var state = (await admin.GetAsync("/sim/v1/rules")).Json!;
        var problem = state["lastError"]!["problems"]![0]!;
        problem["file"]!.GetValue<string>().Should().Be("zz-broken.yaml");
        problem["rule"]!.GetValue<string>().Should().Be("policies.lookup");
        problem["line"]!.GetValue<int>().Should().Be(4);
        state["version"]!.GetValue<long>().Should().Be(good["version"]!.GetValue<long>(), "the last good rule set stays active");
        (await WrongLoginCode()).Should().Be("SEC005");

        File.Delete(Path.Combine(folder.Path, "zz-broken.yaml"));
        (await Eventually.HoldsAsync(async () => (await admin.GetAsync("/sim/v1/rules")).Json!["lastError"] is null)).Should().BeTrue();
        File.Delete(Path.Combine(folder.Path, "codes.yaml"));
        (await Eventually.HoldsAsync(async () => await WrongLoginCode() == "USR002")).Should().BeTrue("removing the file restores the default");
    }

    [Fact]
    public async Task A_bad_rules_folder_at_start_leaves_the_shipped_defaults_active_and_reports_why()
    {
        using var folder = new TempRulesFolder();
        folder.Write("bad.yaml", "version: 1\npolicies:\n  jwt:\n    lifetime: forever\n");
        await using var engine = new EngineFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        using var admin = engine.SimulatorAdmin();
        var state = (await admin.GetAsync("/sim/v1/rules")).Json!;
        state["files"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).Should().NotContain("bad.yaml");
        state["lastError"]!["problems"]![0]!["file"]!.GetValue<string>().Should().Be("bad.yaml");
        (await engine.LoginTenantAsync()).LastLogin!["expiresEpochSecs"]!.GetValue<long>()
            .Should().Be(EngineFixture.Epoch.AddMinutes(15).ToUnixTimeSeconds());
    }
}
