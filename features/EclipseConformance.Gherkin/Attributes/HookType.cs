namespace EclipseConformance.Gherkin;

/// <summary>When a hook runs (the subset of Reqnroll's hook types this runner supports).</summary>
public enum HookType
{
    BeforeTestRun,
    AfterTestRun,
    BeforeFeature,
    AfterFeature,
    BeforeScenario,
    AfterScenario,
}
