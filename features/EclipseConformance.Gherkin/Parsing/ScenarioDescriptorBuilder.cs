using Messages = Io.Cucumber.Messages.Types;

namespace EclipseConformance.Gherkin.Parsing;

/// <summary>Joins each pickle back to its AST nodes (scenario, rule, Examples row, steps) to describe it.</summary>
internal static class ScenarioDescriptorBuilder
{
    public static void AddScenarios(FeatureFile feature)
    {
        var index = new AstIndex();
        if (feature.Document.Feature is { } root)
        {
            foreach (var child in root.Children)
            {
                index.AddBackground(child.Background);
                index.Add(child.Scenario, rule: null);
                if (child.Rule is { } rule)
                {
                    foreach (var ruleChild in rule.Children)
                    {
                        index.AddBackground(ruleChild.Background);
                        index.Add(ruleChild.Scenario, rule);
                    }
                }
            }
        }

        foreach (var pickle in feature.Pickles)
            feature.Add(Describe(feature, pickle, index));
    }

    private static ScenarioDescriptor Describe(FeatureFile feature, Messages.Pickle pickle, AstIndex index)
    {
        var (scenario, rule) = index.Scenarios[pickle.AstNodeIds[0]];
        var scenarioLine = (int)scenario.Location.Line;
        Messages.Examples? examples = null;
        Messages.TableRow? row = null;
        if (pickle.AstNodeIds.Count > 1)
            (examples, row) = index.Rows[pickle.AstNodeIds[1]];

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (examples?.TableHeader is { } header && row is not null)
        {
            for (var i = 0; i < header.Cells.Count && i < row.Cells.Count; i++)
                arguments[header.Cells[i].Value] = row.Cells[i].Value;
        }

        var title = pickle.Name;
        if (row is not null)
        {
            var values = string.Join(", ", arguments.Select(a => $"{a.Key}={a.Value}"));
            title += string.IsNullOrWhiteSpace(examples!.Name) ? $" [{values}]" : $" [{examples.Name}: {values}]";
        }

        return new ScenarioDescriptor
        {
            Feature = feature,
            Pickle = pickle,
            Key = row is null ? $"L{scenarioLine}" : $"L{scenarioLine}:R{row.Location.Line}",
            Title = title,
            ScenarioLine = scenarioLine,
            Line = row is null ? scenarioLine : (int)row.Location.Line,
            Rule = rule is null ? null : rule.Name,
            Description = string.IsNullOrWhiteSpace(scenario.Description) ? null : scenario.Description.Trim(),
            OwnTags = [.. scenario.Tags.Concat(examples?.Tags ?? []).Select(t => FeatureFile.TagName(t.Name)).Distinct(StringComparer.Ordinal)],
            Tags = [.. pickle.Tags.Select(t => FeatureFile.TagName(t.Name)).Distinct(StringComparer.Ordinal)],
            Arguments = arguments,
            Steps = [.. pickle.Steps.Select(step => DescribeStep(step, index))],
        };
    }

    private static StepDescriptor DescribeStep(Messages.PickleStep step, AstIndex index)
    {
        var (astStep, fromBackground) = index.Steps[step.AstNodeIds[0]];
        return new StepDescriptor(step, astStep.Keyword, (int)astStep.Location.Line, fromBackground);
    }

    private sealed class AstIndex
    {
        public Dictionary<string, (Messages.Scenario Scenario, Messages.Rule? Rule)> Scenarios { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (Messages.Examples Examples, Messages.TableRow Row)> Rows { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (Messages.Step Step, bool FromBackground)> Steps { get; } = new(StringComparer.Ordinal);

        public void AddBackground(Messages.Background? background)
        {
            foreach (var step in background?.Steps ?? [])
                Steps[step.Id] = (step, true);
        }

        public void Add(Messages.Scenario? scenario, Messages.Rule? rule)
        {
            if (scenario is null)
                return;
            Scenarios[scenario.Id] = (scenario, rule);
            foreach (var step in scenario.Steps)
                Steps[step.Id] = (step, false);
            foreach (var examples in scenario.Examples)
            {
                foreach (var row in examples.TableBody)
                    Rows[row.Id] = (examples, row);
            }
        }
    }
}
