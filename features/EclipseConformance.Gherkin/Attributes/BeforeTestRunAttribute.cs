namespace EclipseConformance.Gherkin;

/// <summary>Runs once per test run; must be static. Parameters (e.g. <see cref="IObjectContainer"/>) are injected.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class BeforeTestRunAttribute() : HookAttribute(HookType.BeforeTestRun, []);
