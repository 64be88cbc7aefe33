using System.Globalization;
using EclipseConformance.Gherkin.Parsing;
using EclipseConformance.Gherkin.Reporting;
using Xunit.Sdk;
using Xunit.v3;

namespace EclipseConformance.Gherkin.XunitIntegration;

/// <summary>
/// Turns every scenario and example row of the test assembly's feature files into an xunit test case named
/// <c>Feature — Scenario [example]</c>, with the tags as <c>Category</c> traits (plus <c>Feature</c> and <c>Rule</c>),
/// the feature file and line as source, and one test collection per feature file.
/// </summary>
internal sealed class ScenarioDiscoverer : IXunitTestCaseDiscoverer
{
    public ValueTask<IReadOnlyCollection<IXunitTestCase>> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        IXunitTestMethod testMethod,
        IFactAttribute factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var testAssembly = testMethod.TestClass.TestCollection.TestAssembly;
        var features = FeatureCache.For(testAssembly.Assembly);
        var repositoryRoot = ReportDirectory.FindRepositoryRoot(FeatureCache.BaseDirectory(testAssembly.Assembly));
        var testCases = new List<IXunitTestCase>();

        foreach (var error in features.Errors)
        {
            testCases.Add(new ExecutionErrorTestCase(
                testMethod, $"{error.Uri} (does not parse)", $"{testMethod.UniqueID}/error/{error.Uri}",
                SourcePath(repositoryRoot, features, error.Uri), error.Line, error.Message));
        }

        if (features.Features.Count == 0 && features.Errors.Count == 0)
        {
            testCases.Add(new ExecutionErrorTestCase(
                testMethod, "No feature files", $"{testMethod.UniqueID}/no-features", null, null,
                $"No *.feature files were found under {features.Root}. Copy them to the test output, e.g. " +
                "<None Include=\"../**/*.feature\" Exclude=\"../**/bin/**;../**/obj/**\" LinkBase=\"features\" CopyToOutputDirectory=\"PreserveNewest\" />."));
        }

        foreach (var feature in features.Features)
        {
            var collection = new XunitTestCollection(testAssembly, collectionDefinition: null, disableParallelization: false, $"Feature: {feature.Name} ({feature.Uri})");
            var testClass = new XunitTestClass(testMethod.TestClass.Class, collection);
            var method = new XunitTestMethod(testClass, testMethod.Method, []);
            var sourcePath = SourcePath(repositoryRoot, features, feature.Uri);
            foreach (var scenario in feature.Scenarios)
            {
                testCases.Add(new XunitTestCase(
                    method,
                    scenario.DisplayName,
                    $"{method.UniqueID}/{scenario.Line.ToString("D6", CultureInfo.InvariantCulture)}/{scenario.Key}",
                    @explicit: false,
                    skipExceptions: factAttribute?.SkipExceptions,
                    traits: Traits(scenario),
                    testMethodArguments: [feature.Uri, scenario.Key],
                    sourceFilePath: sourcePath,
                    sourceLineNumber: scenario.Line));
            }
        }

        return new(testCases);
    }

    private static Dictionary<string, HashSet<string>> Traits(ScenarioDescriptor scenario)
    {
        var traits = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["Feature"] = [scenario.Feature.Name],
        };
        if (scenario.Tags.Count > 0)
            traits["Category"] = [.. scenario.Tags];
        if (scenario.Rule is { Length: > 0 } rule)
            traits["Rule"] = [rule];
        return traits;
    }

    /// <summary>The feature file in the repository when it can be found there, else the copy in the test output.</summary>
    private static string SourcePath(string? repositoryRoot, FeatureSet features, string uri)
    {
        if (repositoryRoot is not null)
        {
            var original = Path.Combine(repositoryRoot, uri);
            if (File.Exists(original))
                return original;
        }

        return Path.GetFullPath(Path.Combine(features.BaseDirectory, uri));
    }
}
