using System.Collections.Concurrent;
using System.Reflection;
using EclipseConformance.Gherkin.Parsing;

namespace EclipseConformance.Gherkin.XunitIntegration;

/// <summary>Parses a test assembly's feature folder once per process (discovery and execution share it).</summary>
internal static class FeatureCache
{
    private static readonly ConcurrentDictionary<string, Lazy<FeatureSet>> Sets = new(StringComparer.Ordinal);

    public static FeatureSet For(Assembly testAssembly)
    {
        var baseDirectory = BaseDirectory(testAssembly);
        var folder = Settings(testAssembly).Directory;
        var key = Path.GetFullPath(Path.Combine(baseDirectory, folder));
        return Sets.GetOrAdd(key, _ => new Lazy<FeatureSet>(() => FeatureLoader.LoadDirectory(baseDirectory, folder))).Value;
    }

    public static GherkinFeaturesAttribute Settings(Assembly testAssembly) =>
        testAssembly.GetCustomAttribute<GherkinFeaturesAttribute>() ?? new GherkinFeaturesAttribute();

    public static string BaseDirectory(Assembly testAssembly) =>
        string.IsNullOrEmpty(testAssembly.Location) ? AppContext.BaseDirectory : Path.GetDirectoryName(testAssembly.Location)!;
}
