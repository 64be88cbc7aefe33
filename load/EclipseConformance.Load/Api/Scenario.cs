namespace EclipseConformance.Load;

/// <summary>Entry point for building scenarios, as NBomber's <c>Scenario.Create</c>.</summary>
public static class Scenario
{
    /// <summary>
    /// Creates a scenario from an async function. Return <see cref="Response.Ok()"/> or <see cref="Response.Fail"/>;
    /// an exception counts as a failure with status code "exception".
    /// </summary>
    public static ScenarioProps Create(string name, Func<IScenarioContext, Task<IResponse>> run) => new(name, run);
}
