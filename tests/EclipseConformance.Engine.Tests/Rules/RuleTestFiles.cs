using EclipseConformance.Engine.Rules;
using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Tests.Rules;

/// <summary>Builds rule sets from literal files, finds the repository's rules/ folder, and makes temporary rules folders.</summary>
internal static class RuleTestFiles
{
    public static readonly IReadOnlyCollection<string> Upstreams = SimulatorCatalog.Default.Names.ToArray();

    public static string RepositoryRules()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "schema", "rules.schema.json")))
            {
                return Path.Combine(dir.FullName, "rules");
            }
        }

        throw new InvalidOperationException("rules/ folder not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Shipped defaults plus the given files (name, text), as the engine would layer them.</summary>
    public static (ActiveRuleSet? Set, IReadOnlyList<RuleProblem> Problems) Build(params (string Name, string Text)[] files) =>
        RuleSetBuilder.Build(
            [.. RuleSources.Shipped(), .. files.Select(f => new RuleSource(f.Name, f.Text, RuleLayer.Directory))],
            Upstreams,
            1,
            DateTimeOffset.UnixEpoch);

    public static ActiveRuleSet BuildValid(params (string Name, string Text)[] files)
    {
        var (set, problems) = Build(files);
        problems.Should().BeEmpty();
        return set!;
    }

    public static RuleProblem SingleProblem(params (string Name, string Text)[] files)
    {
        var (set, problems) = Build(files);
        set.Should().BeNull();
        problems.Should().ContainSingle();
        return problems[0];
    }
}
