namespace EclipseConformance.Gherkin;

/// <summary>Per-feature context, available to <c>[BeforeFeature]</c>/<c>[AfterFeature]</c> hooks and to scenarios.</summary>
public sealed class FeatureContext(FeatureInfo featureInfo) : GherkinContext
{
    /// <summary>The running feature.</summary>
    public FeatureInfo FeatureInfo { get; } = featureInfo;
}
