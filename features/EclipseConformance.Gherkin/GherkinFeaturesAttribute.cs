using EclipseConformance.Gherkin.XunitIntegration;
using Xunit.v3;

namespace EclipseConformance.Gherkin;

/// <summary>
/// The only glue a consuming xunit v3 test project needs: <c>[assembly: GherkinFeatures("features")]</c>.
/// Every <c>*.feature</c> under that folder of the test output becomes one test case per scenario and per example
/// row (one test collection per feature, so features run in parallel); <c>[Binding]</c> classes of the test assembly
/// are the step definitions; reports are written at the end of the run.
/// </summary>
/// <remarks>
/// It registers the runner's test framework (an <see cref="XunitTestFramework"/> that also discovers the features)
/// and its assembly fixture (run hooks and reports), so the assembly cannot use another custom test framework.
/// </remarks>
/// <param name="directory">The features folder, relative to the test assembly's folder.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class GherkinFeaturesAttribute(string directory = "features") : Attribute, ITestFrameworkAttribute, IAssemblyFixtureAttribute
{
    /// <summary>The features folder, relative to the test assembly's folder.</summary>
    public string Directory { get; } = directory;

    /// <summary>Other assemblies holding <c>[Binding]</c> classes, named by one type in each.</summary>
    public Type[] BindingAssemblyTypes { get; set; } = [];

    Type ITestFrameworkAttribute.FrameworkType => typeof(GherkinTestFramework);

    Type IAssemblyFixtureAttribute.AssemblyFixtureType => typeof(GherkinTestRun);
}
