using Xunit.v3;

namespace EclipseConformance.Gherkin.XunitIntegration;

/// <summary>Discovers the test assembly's own tests and the feature scenarios.</summary>
internal sealed class GherkinTestFrameworkDiscoverer(IXunitTestAssembly testAssembly) : XunitTestFrameworkDiscoverer(testAssembly)
{
    protected override Type[] GetExportedTypes() => [.. base.GetExportedTypes(), typeof(FeatureScenarios)];
}
