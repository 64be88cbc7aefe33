namespace EclipseConformance.Engine.Rules;

/// <summary>Reads the rule sources of each layer: the embedded shipped defaults and the files of the rules folder.</summary>
public static class RuleSources
{
    private const string ShippedPrefix = "rules/defaults/";

    /// <summary>The shipped default files (<c>rules/defaults/*</c> in the repository, embedded), by name.</summary>
    public static IReadOnlyList<RuleSource> Shipped() =>
        typeof(RuleSources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ShippedPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new RuleSource("defaults/" + n[ShippedPrefix.Length..], RuleSchema.ReadResource(n), RuleLayer.Shipped))
            .ToArray();

    public static bool IsRuleFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml" or ".json" && !Path.GetFileName(path).StartsWith('.');

    /// <summary>The rule files of <paramref name="directory"/> (top level, by name), or the problem that stopped reading them.</summary>
    public static (IReadOnlyList<RuleSource> Sources, RuleProblem? Problem) FromDirectory(string directory, int maxFiles)
    {
        if (!Directory.Exists(directory))
        {
            return ([], new RuleProblem(directory, "(folder)", null, null, "", "the rules folder does not exist"));
        }

        var paths = Directory.EnumerateFiles(directory).Where(IsRuleFile).Order(StringComparer.Ordinal).ToList();
        if (paths.Count > maxFiles)
        {
            return ([], new RuleProblem(directory, "(folder)", null, null, "", $"more than {maxFiles} rule files"));
        }

        var sources = new List<RuleSource>();
        foreach (var path in paths)
        {
            try
            {
                var info = new FileInfo(path);
                if (info.Length > RuleFileReader.MaxBytes)
                {
                    return ([], new RuleProblem(info.Name, "(document)", null, null, "", $"the file is larger than {RuleFileReader.MaxBytes} bytes"));
                }

                sources.Add(new RuleSource(info.Name, File.ReadAllText(path), RuleLayer.Directory));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return ([], new RuleProblem(Path.GetFileName(path), "(document)", null, null, "", $"could not be read: {ex.Message}"));
            }
        }

        return (sources, null);
    }
}
