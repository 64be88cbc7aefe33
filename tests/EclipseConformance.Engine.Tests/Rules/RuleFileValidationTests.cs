using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Tests.Rules;

public class RuleFileValidationTests
{
    public static TheoryData<string> RepositoryRuleFiles()
    {
        var root = RuleTestFiles.RepositoryRules();
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories).Where(f => RuleSources.IsRuleFile(f) && !f.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryRuleFiles))]
    public void Every_shipped_default_and_example_file_is_valid_against_the_schema(string relativePath)
    {
        var path = Path.Combine(RuleTestFiles.RepositoryRules(), relativePath);
        var (parsed, syntax) = RuleFileReader.Read(new RuleSource(Path.GetFileName(path), File.ReadAllText(path), RuleLayer.Directory));
        syntax.Should().BeNull();
        RuleSchema.Validate(parsed!).Should().BeEmpty();
        RuleFileBinder.Load(parsed!.Source, RuleTestFiles.Upstreams).Problems.Should().BeEmpty();
    }

    [Fact]
    public void The_engine_embeds_exactly_the_shipped_default_files_and_the_committed_schema()
    {
        var root = RuleTestFiles.RepositoryRules();
        var onDisk = Directory.EnumerateFiles(Path.Combine(root, "defaults")).Select(f => "defaults/" + Path.GetFileName(f)).Order().ToList();
        RuleSources.Shipped().Select(s => s.Name).Should().Equal(onDisk);
        foreach (var shipped in RuleSources.Shipped())
        {
            shipped.Text.Should().Be(File.ReadAllText(Path.Combine(root, shipped.Name)));
        }

        RuleSchema.Text.Should().Be(File.ReadAllText(Path.Combine(root, "schema", "rules.schema.json")));
    }

    [Fact]
    public void The_shipped_policy_file_states_exactly_the_built_in_documented_defaults()
    {
        var set = RuleTestFiles.BuildValid();
        PolicyWriter.ToJson(set.Policies).ToJsonString().Should().Be(PolicyWriter.ToJson(PolicySnapshot.Defaults).ToJsonString());
        set.Policies.WithdrawalLimit.Amount.Should().Be(24_000.00m);
        set.Policies.WithdrawalLimit.TimeZone.Id.Should().Be("Africa/Johannesburg");
        set.Policies.Lookup.ResultCap.Should().Be(100);
        set.Policies.Jwt.Lifetime.Should().Be(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void An_unknown_property_in_yaml_is_refused_with_file_rule_line_and_column()
    {
        var problem = RuleTestFiles.SingleProblem(("team.yaml", """
            version: 1
            policies:
              lookup:
                resultCap: 50
                matchRul: PHONE_OR_TWO
            """));
        problem.File.Should().Be("team.yaml");
        problem.Rule.Should().Be("policies.lookup");
        (problem.Line, problem.Column).Should().Be((5, 5));
        problem.Pointer.Should().Be("/policies/lookup/matchRul");
        problem.Message.Should().Contain("unknown property 'matchRul'");
        problem.ToString().Should().StartWith("team.yaml:5:5: rule 'policies.lookup'");
    }

    [Fact]
    public void A_json_file_error_names_the_behaviour_by_name_and_gives_its_line()
    {
        var problem = RuleTestFiles.SingleProblem(("faults.json", """
            {
              "version": 1,
              "behaviours": [
                { "name": "slow-sms", "upstream": "sms", "then": { "kind": "Delay" }, "after": "3 seconds" }
              ]
            }
            """));
        problem.Rule.Should().Be("behaviours[slow-sms]");
        problem.Pointer.Should().Be("/behaviours/0/after");
        problem.Line.Should().Be(4);
        problem.Message.Should().Contain("does not match");
    }

    [Theory]
    [InlineData("version: 1\npolicies:\n  jwt:\n    lifetime: 2d\n", "policies.jwt", 4, "between 1m and 1d")]
    [InlineData("version: 1\npolicies:\n  withdrawalLimit:\n    timeZone: Mars/Olympus\n", "policies.withdrawalLimit", 4, "not a known time zone")]
    [InlineData("version: 1\npolicies:\n  withdrawalLimit:\n    amount: 0.001\n", "policies.withdrawalLimit", 4, "at most 2 decimals")]
    [InlineData("version: 1\npolicies:\n  callbackRetry:\n    variant: UK_RETRY\n    steps: [{every: 1s, times: 1}]\n", "policies.callbackRetry", 4, "leave variant out")]
    [InlineData("version: 1\nconfigItems:\n  tenants:\n    \"1001\":\n      destination.wallet.config.VAS.20: abc\n", "configItems.tenants.1001.destination.wallet.config.VAS.20", 5, "must be a wallet id")]
    [InlineData("version: 1\nbehaviours:\n  - name: x\n    upstream: acme\n    then: {kind: Delay}\n", "behaviours[x]", 4, "unknown upstream 'acme'")]
    [InlineData("version: 1\nrules:\n  - name: r\n    on: transfer\n    when: \"amount >\"\n    then: {action: reject}\n", "rules[r]", 5, "expression refused")]
    [InlineData("version: 1\nrules:\n  - {name: r, on: transfer, when: amount > 1, then: {action: allow}}\n  - {name: r, on: login, when: \"true\", then: {action: allow}}\n", "rules[r]", 4, "already named 'r'")]
    public void Semantic_errors_are_refused_with_the_rule_and_line(string yaml, string rule, int line, string message)
    {
        var problem = RuleTestFiles.SingleProblem(("bad.yaml", yaml));
        problem.Rule.Should().Be(rule);
        problem.Line.Should().Be(line);
        problem.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("version: 1\npolicies: [\n", "YAML syntax")]
    [InlineData("version: 1\nversion: 1\n", "Duplicate key version")]
    [InlineData("", "empty")]
    [InlineData("- 1\n- 2\n", "must be a mapping")]
    [InlineData("a: &a [*a, *a]\n", "nested deeper than 64 levels")]
    public void Broken_yaml_is_refused_with_a_position(string yaml, string message)
    {
        var problem = RuleTestFiles.SingleProblem(("broken.yaml", yaml));
        problem.Message.Should().Contain(message);
        problem.Line.Should().NotBeNull();
    }

    [Fact]
    public void Broken_json_is_refused_with_line_and_column()
    {
        var problem = RuleTestFiles.SingleProblem(("broken.json", "{\n  \"version\": 1,\n  \"policies\": {\"jwt\": {\"lifetime\": \"1h\"} \"x\": 1}\n}\n"));
        problem.Message.Should().Contain("JSON syntax");
        problem.Line.Should().Be(3);
    }

    [Fact]
    public void A_missing_version_is_refused()
    {
        var problem = RuleTestFiles.SingleProblem(("v.yaml", "policies: {}\n"));
        problem.Message.Should().Be("'version' is required");
    }
}
