using System.Text.Json.Nodes;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>Assertions on the last response, shared by every capability.</summary>
[Binding]
public sealed class ResponseSteps(EclipseApi api)
{
    private JsonNode? Json => api.Last?.Json;

    [Then("the response status is {int}")]
    public void StatusIs(int status) => api.Last!.Code.Should().Be(status, api.Last.Text);

    [Then("the response is an error envelope with code {string}")]
    public void EnvelopeWithCode(string code)
    {
        api.Last!.IsEnvelope().Should().BeTrue($"the body must be Eclipse's error envelope: {api.Last.Text}");
        api.Last.ErrorCode.Should().Be(code);
    }

    [Then("every error carries a 32-hex traceId and a 16-hex spanId")]
    public void TraceIds()
    {
        foreach (var error in Json!.AsArray())
        {
            error!["traceId"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{32}$");
            error["spanId"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{16}$");
        }
    }

    [Then("the response has the fields {}")]
    public void HasFields(string fields)
    {
        foreach (var field in fields.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Where(f => f != "and"))
        {
            Json![field].Should().NotBeNull($"the response must carry '{field}': {api.Last!.Text}");
        }
    }

    [Then("the response says to retry after {int} seconds")]
    public void RetryAfter(int seconds) => api.Last!.Headers.GetValueOrDefault("Retry-After").Should().Be(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Then("the error's traceId is {string}")]
    public void ErrorTraceId(string traceId) => api.Last!.Error["traceId"]!.GetValue<string>().Should().Be(traceId);
}
