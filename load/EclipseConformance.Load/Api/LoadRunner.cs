namespace EclipseConformance.Load;

/// <summary>Entry point for running scenarios, as NBomber's <c>NBomberRunner</c>.</summary>
public static class LoadRunner
{
    public static LoadRunnerContext RegisterScenarios(params ScenarioProps[] scenarios) => new(scenarios);
}
