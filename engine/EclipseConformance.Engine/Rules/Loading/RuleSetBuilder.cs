using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Layers validated rule files into one <see cref="ActiveRuleSet"/>, in order (shipped defaults, then the rules
/// folder by file name, then the runtime document): policies field by field, config items key by key (null
/// removes), decision rules and behaviours by name (a later file's rule replaces the earlier one in place), simulator
/// settings field by field.
/// </summary>
public static class RuleSetBuilder
{
    public static (ActiveRuleSet? Set, IReadOnlyList<RuleProblem> Problems) Build(
        IReadOnlyList<RuleSource> sources, IReadOnlyCollection<string> upstreams, long version, DateTimeOffset now)
    {
        var problems = new List<RuleProblem>();
        var files = new List<RuleFile>();
        foreach (var source in sources)
        {
            var (file, fileProblems) = RuleFileBinder.Load(source, upstreams);
            problems.AddRange(fileProblems);
            if (file is not null)
            {
                files.Add(file);
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var policies = PolicySnapshot.Defaults;
        var items = new Dictionary<long, Dictionary<string, string>>();
        var rules = new List<DecisionRule>();
        var behaviours = new List<SimulatorBehaviour>();
        var simulators = SimulatorSettings.None;
        foreach (var file in files)
        {
            policies = RuleFileBinder.ApplyPolicies(file, policies, problems);
            simulators = RuleFileBinder.ApplySimulators(file, simulators, problems);
            Merge(items, 0, file.GlobalItems);
            foreach (var (tenant, tenantItems) in file.TenantItems)
            {
                Merge(items, tenant, tenantItems);
            }

            ReplaceByName(rules, file.Rules, r => r.Name);
            ReplaceByName(behaviours, file.Behaviours, b => b.Name);
        }

        var book = RuleBook.Build(rules, []);
        var hash = Hash(sources);
        var set = new ActiveRuleSet(
            version,
            hash,
            now,
            sources.Select(s => new RuleFileInfo(s.Name, s.Layer, Hash([s]))).ToArray(),
            policies with { Version = string.Create(CultureInfo.InvariantCulture, $"{version}-{hash}") },
            new RuleConfigItems(items.ToDictionary(i => i.Key, i => (IReadOnlyDictionary<string, string>)i.Value)),
            rules,
            book,
            behaviours,
            simulators);
        return problems.Count > 0 ? (null, problems) : (set, []);
    }

    /// <summary>SHA-256 over every source's name and text, first 16 hex digits.</summary>
    public static string Hash(IEnumerable<RuleSource> sources)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{source.Layer}:{source.Name}\n{source.Text}\n\0"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    private static void Merge(Dictionary<long, Dictionary<string, string>> items, long tenant, IReadOnlyDictionary<string, string?> layer)
    {
        if (!items.TryGetValue(tenant, out var target))
        {
            target = new Dictionary<string, string>(StringComparer.Ordinal);
            items[tenant] = target;
        }

        foreach (var (key, value) in layer)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else
            {
                target[key] = value;
            }
        }
    }

    private static void ReplaceByName<T>(List<T> target, IReadOnlyList<T> layer, Func<T, string> name)
    {
        foreach (var item in layer)
        {
            var index = target.FindIndex(t => string.Equals(name(t), name(item), StringComparison.Ordinal));
            if (index >= 0)
            {
                target[index] = item;
            }
            else
            {
                target.Add(item);
            }
        }
    }
}
