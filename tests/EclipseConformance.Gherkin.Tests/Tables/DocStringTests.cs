using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Tables;

public sealed class DocStringTests
{
    [Fact]
    public async Task A_doc_string_arrives_as_a_string_or_as_a_DocString_with_its_media_type()
    {
        var run = new SpecRun(typeof(DocStringSteps));
        var result = await run.RunSingleAsync(""""
            Feature: F
              Scenario: S
                When the channel posts:
                  ```json
                  { "amount": "10.00",
                    "currency": "ZAR" }
                  ```
                Then the response body is:
                  """
                  plain text
                  """
            """");

        result.Status.Should().Be(ResultStatus.Passed);
        run.Log.Entries.Should().Equal("json|{ \"amount\": \"10.00\",\n  \"currency\": \"ZAR\" }", "plain text");
    }

    [Fact]
    public async Task A_binding_that_expects_a_doc_string_fails_when_the_step_has_none()
    {
        var result = await new SpecRun(typeof(DocStringSteps)).RunSingleAsync("""
            Feature: F
              Scenario: S
                Then the response body is:
            """);

        result.Status.Should().Be(ResultStatus.Failed);
        result.Message.Should().Contain("expects a data table or doc string, but the step has none");
    }

    private sealed class DocStringSteps(Log log)
    {
        [When("the channel posts:")]
        public void Posts(DocString body) => log.Add(body.MediaType + "|" + body.Content);

        [Then("the response body is:")]
        public void Body(string body) => log.Add(body);
    }
}
