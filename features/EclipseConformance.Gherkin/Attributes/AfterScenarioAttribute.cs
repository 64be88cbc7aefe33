namespace EclipseConformance.Gherkin;

/// <summary>Runs around each scenario; may be an instance method of a binding class (resolved from the scenario container).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class AfterScenarioAttribute(params string[] tags) : HookAttribute(HookType.AfterScenario, tags);
