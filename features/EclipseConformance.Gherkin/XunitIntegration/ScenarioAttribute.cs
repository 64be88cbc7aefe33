using Xunit.v3;

namespace EclipseConformance.Gherkin.XunitIntegration;

/// <summary>Marks <see cref="FeatureScenarios.Scenario"/>; its discoverer yields one test case per scenario.</summary>
[XunitTestCaseDiscoverer(typeof(ScenarioDiscoverer))]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ScenarioAttribute : Attribute, IFactAttribute
{
    public string? DisplayName => null;

    public bool Explicit => false;

    public string? Skip => null;

    public Type[]? SkipExceptions => [typeof(ScenarioSkippedException)];

    public Type? SkipType => null;

    public string? SkipUnless => null;

    public string? SkipWhen => null;

    public string? SourceFilePath => null;

    public int? SourceLineNumber => null;

    public int Timeout => 0;
}
