namespace EclipseConformance.Gherkin;

/// <summary>Runs once per feature; must be static. Parameters (e.g. FeatureContext) are injected.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class BeforeFeatureAttribute(params string[] tags) : HookAttribute(HookType.BeforeFeature, tags);
