using EclipseConformance.Gherkin;

namespace GherkinSample;

[Binding]
public static class RunHooks
{
    [BeforeTestRun]
    public static void StartHost(IObjectContainer container) => container.RegisterFactoryAs(_ => new SampleHost());

    [AfterScenario]
    public static void ReportHost(SampleHost host, ScenarioContext scenario) => scenario.WriteLine("served by host " + host.Id);
}
