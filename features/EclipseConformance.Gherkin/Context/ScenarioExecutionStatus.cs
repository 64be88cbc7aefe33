namespace EclipseConformance.Gherkin;

/// <summary>Where a scenario stands (Reqnroll's names).</summary>
public enum ScenarioExecutionStatus
{
    OK,
    StepDefinitionPending,
    UndefinedStep,
    BindingError,
    TestError,
    Skipped,
}
