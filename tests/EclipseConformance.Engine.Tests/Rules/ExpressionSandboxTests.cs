using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Tests.Rules;

public class ExpressionSandboxTests
{
    [Theory]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("File.ReadAllText(\"/etc/passwd\") != \"\"")]
    [InlineData("System.IO.Directory.GetFiles(\"/\").Length > 0")]
    [InlineData("Type.GetType(\"System.IO.File\") != null")]
    [InlineData("description.GetType().Assembly != null")]
    [InlineData("it.GetType().Name == \"TransferFacts\"")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\") != null")]
    [InlineData("Process.GetCurrentProcess().Id > 0")]
    [InlineData("AppDomain.CurrentDomain.FriendlyName != \"\"")]
    [InlineData("Activator.CreateInstance(\"System.Net.WebClient\") != null")]
    [InlineData("Environment.GetEnvironmentVariable(\"HOME\") != null")]
    [InlineData("new System.Net.WebClient().DownloadString(\"http://example.com\") != \"\"")]
    [InlineData("System.Net.Http.HttpClient.DefaultProxy != null")]
    [InlineData("DateTime.Now.Year > 2000")]
    [InlineData("DateTimeOffset.UtcNow.Year > 2000")]
    [InlineData("Guid.NewGuid() != Guid.Empty")]
    [InlineData("Convert.ChangeType(amount, typeof(string)) != null")]
    [InlineData("typeof(System.IO.File) != null")]
    [InlineData("description.Equals((object)\"x\")")]
    [InlineData("description.PadLeft(1000000000).Length > 0")]
    [InlineData("new[] { 1001L, 1002L }.Contains(tenantId)")]
    public void Hostile_expressions_are_refused_at_load_with_a_clear_message(string expression)
    {
        var compiled = RuleExpressionCompiler.Compile<TransferFacts>(expression, out var error);
        compiled.Should().BeNull();
        error.Should().NotBeNullOrWhiteSpace();

        var yaml = $"version: 1\nrules:\n  - name: hostile\n    on: transfer\n    when: '{expression.Replace("'", "''", StringComparison.Ordinal)}'\n    then: {{action: reject}}\n";
        var problem = RuleTestFiles.SingleProblem(("hostile.yaml", yaml));
        problem.Rule.Should().Be("rules[hostile]");
        problem.Line.Should().Be(5);
        problem.Message.Should().StartWith("expression refused:");
    }

    [Theory]
    [InlineData("amount > 100 && description.StartsWith(\"PAY\")", true)]
    [InlineData("Math.Round(amount, 0) == 250", true)]
    [InlineData("description.ToUpperInvariant().Contains(\"ROLL\") || amount < 0", true)]
    [InlineData("tenantId in (1001, 1002)", true)]
    [InlineData("isGlobalIntegrator", false)]
    [InlineData("externalUniqueId.Length > 6", false)]
    public void Ordinary_expressions_over_the_facts_compile_and_evaluate(string expression, bool expected)
    {
        var compiled = RuleExpressionCompiler.Compile<TransferFacts>(expression, out var error);
        error.Should().BeNull();
        compiled!.TryEvaluate(new TransferFacts { TenantId = 1001, Amount = 250.4m, Description = "PAYROLL", ExternalUniqueId = "abc" }, out var failure)
            .Should().Be(expected);
        failure.Should().BeNull();
    }

    [Fact]
    public void An_expression_that_fails_at_run_time_is_an_error_in_the_result_tree_not_an_exception()
    {
        var set = RuleTestFiles.BuildValid(("r.yaml", """
            version: 1
            rules:
              - { name: divides, on: transfer, when: "amount / (amount - amount) > 1", then: { action: reject } }
              - { name: null-description, on: transfer, when: "description.Length > 3", then: { action: reject } }
              - { name: big, on: transfer, when: { all: ["amount > 10", { not: "isGlobalAdmin" }] }, then: { action: reject, code: IAE001, description: too big } }
            """));
        var evaluation = set.Book.Evaluate(new TransferFacts { Amount = 50m, Description = null! });
        evaluation.Verdict.Should().Be(RuleVerdict.Reject);
        evaluation.MatchedRule!.Name.Should().Be("big");
        evaluation.Results.Select(r => (r.Name, r.Matched)).Should().Equal(("divides", false), ("null-description", false), ("big", true));
        evaluation.Results[0].Error.Should().Contain("DivideByZeroException");
        evaluation.Results[1].Error.Should().Contain("NullReferenceException");
        var tree = evaluation.Results[2].Children.Single();
        tree.Name.Should().Be("all");
        tree.Children.Select(c => c.Reason).Should().Equal("'amount > 10' is true", "not: 'isGlobalAdmin' is false");
        evaluation.MatchedRule.Then.ToApiError().Should().Be(new EclipseConformance.Engine.Errors.ApiError(400, "IAE001", "too big", "INFO"));
    }

    [Fact]
    public void The_same_expression_text_is_compiled_once()
    {
        var first = RuleExpressionCompiler.Compile<LookupFacts>("criteriaCount >= 2 && phone != \"\"", out _);
        var second = RuleExpressionCompiler.Compile<LookupFacts>("criteriaCount >= 2 && phone != \"\"", out _);
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void Evaluating_a_decision_point_without_rules_says_no_match()
    {
        var set = RuleTestFiles.BuildValid();
        var evaluation = set.Book.Evaluate(new WithdrawalFacts { Amount = 1 });
        evaluation.Verdict.Should().Be(RuleVerdict.NoMatch);
        evaluation.Results.Should().BeEmpty();
    }
}
