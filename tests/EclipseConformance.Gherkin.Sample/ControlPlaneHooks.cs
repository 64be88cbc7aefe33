using EclipseConformance.Gherkin;

namespace GherkinSample;

[Binding]
public static class ControlPlaneHooks
{
    /// <summary>How the real suite will skip @needs-control scenarios against a target without a control plane.</summary>
    [BeforeScenario("needs-control")]
    public static void SkipWithoutControlPlane(ScenarioContext scenario) =>
        scenario.Skip("The target has no control plane (/sim/v1); this scenario steers the simulator.");
}
