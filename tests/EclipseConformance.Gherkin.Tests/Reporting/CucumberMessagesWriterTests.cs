using System.Text;
using System.Text.Json;
using EclipseConformance.Gherkin.Reporting;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Reporting;

public sealed class CucumberMessagesWriterTests
{
    private static async Task<List<JsonElement>> WriteAsync()
    {
        var report = await ReportSample.RunAsync();
        using var stream = new MemoryStream();
        CucumberMessagesWriter.Write(report, stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return [.. lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    private static string TypeOf(JsonElement envelope) => envelope.EnumerateObject().Single().Name;

    [Fact]
    public async Task Every_line_is_one_envelope_in_protocol_order()
    {
        var envelopes = await WriteAsync();

        var types = envelopes.Select(TypeOf).ToList();
        types[0].Should().Be("meta");
        types[^1].Should().Be("testRunFinished");
        types.Should().Contain(["source", "gherkinDocument", "pickle", "stepDefinition", "hook", "testRunStarted", "testCase",
            "testCaseStarted", "testStepStarted", "testStepFinished", "testCaseFinished", "attachment", "suggestion"]);
        types.IndexOf("testRunStarted").Should().BeLessThan(types.IndexOf("testCase"));
        types.LastIndexOf("pickle").Should().BeLessThan(types.IndexOf("testRunStarted"));
        types.Count(t => t == "testCase").Should().Be(6);
        types.Count(t => t == "testCaseFinished").Should().Be(6);
    }

    [Fact]
    public async Task Statuses_and_media_types_use_the_protocol_strings()
    {
        var envelopes = await WriteAsync();

        var statuses = envelopes.Where(e => TypeOf(e) == "testStepFinished")
            .Select(e => e.GetProperty("testStepFinished").GetProperty("testStepResult").GetProperty("status").GetString())
            .ToHashSet();
        statuses.Should().BeEquivalentTo("PASSED", "FAILED", "SKIPPED", "UNDEFINED");
        envelopes.First(e => TypeOf(e) == "source").GetProperty("source").GetProperty("mediaType").GetString()
            .Should().Be("text/x.cucumber.gherkin+plain");
        var finished = envelopes[^1].GetProperty("testRunFinished");
        finished.GetProperty("success").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Test_cases_reference_their_pickles_and_steps_their_definitions()
    {
        var envelopes = await WriteAsync();

        var pickleIds = envelopes.Where(e => TypeOf(e) == "pickle").Select(e => e.GetProperty("pickle").GetProperty("id").GetString()).ToHashSet();
        var definitionIds = envelopes.Where(e => TypeOf(e) == "stepDefinition").Select(e => e.GetProperty("stepDefinition").GetProperty("id").GetString()).ToHashSet();
        foreach (var testCase in envelopes.Where(e => TypeOf(e) == "testCase").Select(e => e.GetProperty("testCase")))
        {
            pickleIds.Should().Contain(testCase.GetProperty("pickleId").GetString());
            foreach (var step in testCase.GetProperty("testSteps").EnumerateArray().Where(s => s.TryGetProperty("pickleStepId", out _)))
                step.GetProperty("stepDefinitionIds").EnumerateArray().Select(i => i.GetString()).Should().BeSubsetOf(definitionIds);
        }

        var suggestion = envelopes.Single(e => TypeOf(e) == "suggestion").GetProperty("suggestion");
        suggestion.GetProperty("snippets")[0].GetProperty("code").GetString().Should().Contain("[When(\"the wallet is frozen\")]");
    }
}
