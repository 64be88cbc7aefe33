using EclipseConformance.Engine.Control;
using EclipseConformance.Simulators;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Rules;

public class SimulatorBehaviourTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rule_file_behaviour_is_observable_at_the_simulators_base_url_and_reloads_replace_only_rule_faults()
    {
        using var folder = new TempRulesFolder();
        folder.Write("mnp.yaml", """
            version: 1
            behaviours:
              - name: number-lookup-declined
                upstream: mnp
                when: { method: GET, path: /mnp/27831234567 }
                then: { kind: BusinessError, errorCode: PORTED_OUT, errorMessage: Number moved }
              - name: mnp-down-for-a-prefix
                upstream: mnp
                when: { path: /mnp/2782* }
                then: { kind: HttpStatus, status: 503 }
            """);
        await using var engine = new EngineFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        var mnpUrl = engine.Services.GetRequiredService<SimulatorEndpoints>().BaseUrl("mnp");
        using var http = new HttpClient { BaseAddress = mnpUrl };

        var declined = await http.GetAsync("/mnp/27831234567", Ct);
        ((int)declined.StatusCode).Should().Be(422);
        (await declined.Content.ReadAsStringAsync(Ct)).Should().Contain("PORTED_OUT");
        ((int)(await http.GetAsync("/mnp/27821234567", Ct)).StatusCode).Should().Be(503);
        ((int)(await http.GetAsync("/mnp/27731234567", Ct)).StatusCode).Should().Be(200);

        var mnp = engine.Services.GetRequiredService<SimulatorSet>()["mnp"];
        mnp.AddFault(new FaultSpec { Id = "added-by-a-test", Match = new FaultMatch { Path = "/mnp/27841234567" }, Outcome = FaultOutcome.HttpError(500) });
        using var admin = engine.SimulatorAdmin();
        var view = (await admin.GetAsync("/sim/v1/rules")).Json!;
        view["behaviours"]!.AsArray().Select(b => b!["applied"]!.GetValue<bool>()).Should().AllBeEquivalentTo(true);

        folder.Write("mnp.yaml", "version: 1\n");
        (await Eventually.HoldsAsync(async () => (int)(await http.GetAsync("/mnp/27831234567", Ct)).StatusCode == 200)).Should().BeTrue();
        ((int)(await http.GetAsync("/mnp/27821234567", Ct)).StatusCode).Should().Be(200);
        mnp.Faults.List().Select(f => f.Id).Should().Equal("added-by-a-test");
    }
}
