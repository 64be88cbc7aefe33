using System.ComponentModel;
using System.Reflection;
using Xunit.v3;

namespace EclipseConformance.Gherkin.XunitIntegration;

/// <summary>
/// xunit's own test framework plus one extra test class, <see cref="FeatureScenarios"/>, whose discoverer turns the
/// feature files into test cases. Registered by <see cref="GherkinFeaturesAttribute"/>; not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GherkinTestFramework : XunitTestFramework
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new GherkinTestFrameworkDiscoverer(new XunitTestAssembly(assembly, configFileName: null, assembly.GetName().Version));
    }
}
