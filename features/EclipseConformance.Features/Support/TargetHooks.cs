using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Support;

/// <summary>
/// One target per feature (in-process: its own engine, so features run in parallel without sharing a clock);
/// scenarios skip with a stated reason when the target cannot support them; failed scenarios get their HTTP
/// exchanges attached to the reports.
/// </summary>
[Binding]
public static class TargetHooks
{
    private const string TargetKey = "spec-target";

    [BeforeFeature(Order = 0)]
    public static async Task StartTarget(FeatureContext feature) => feature.Set(await SpecTarget.CreateAsync(), TargetKey);

    [AfterFeature]
    public static async Task StopTarget(FeatureContext feature)
    {
        if (feature.TryGetValue<SpecTarget>(TargetKey, out var target))
        {
            await target.DisposeAsync();
        }
    }

    public static SpecTarget Target(FeatureContext feature) => feature.Get<SpecTarget>(TargetKey);

    [BeforeScenario(Order = 0)]
    public static void SkipWhatTheTargetCannotDo(FeatureContext feature, ScenarioContext scenario)
    {
        var target = Target(feature);
        var tags = scenario.ScenarioInfo.CombinedTags;
        if (!target.HasControlPlane && tags.Contains("needs-control"))
        {
            scenario.Skip($"{target.BaseAddress} has no control plane (/sim/v1) the scenario can steer");
        }

        if (!target.HasControlPlane && !tags.Contains("sandbox-safe"))
        {
            scenario.Skip($"{target.BaseAddress} is not a simulator with the demo world; only @sandbox-safe scenarios run against it");
        }
    }

    [AfterScenario]
    public static void AttachExchangesOnFailure(ScenarioContext scenario, ExchangeLog log)
    {
        if (scenario.TestError is not null && !log.IsEmpty)
        {
            scenario.Attach("HTTP exchanges", log.Render(), "text/plain");
        }
    }
}
