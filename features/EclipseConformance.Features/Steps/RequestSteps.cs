using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>Raw requests, for malformed input and headers.</summary>
[Binding]
public sealed class RequestSteps(EclipseApi api)
{
    [When("I POST to my tenant's {string} the body:")]
    public async Task PostRaw(string path, DocString body)
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        var tenant = client.LastLogin!["tenantId"]!.GetValue<long>();
        await api.RememberAsync(client.SendRawAsync(HttpMethod.Post, $"tenants/{tenant}/{path}", body.Content));
    }

    [When("I send a malformed transfer with the traceparent {string}")]
    public async Task MalformedWithTraceparent(string traceparent)
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        var tenant = client.LastLogin!["tenantId"]!.GetValue<long>();
        var request = new HttpRequestMessage(HttpMethod.Post, $"{TestKit.EclipseClient.Base}tenants/{tenant}/wallets/transfers")
        {
            Content = new StringContent("{\"amount\":", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", traceparent);
        await api.RememberAsync(client.SendAsync(request));
    }
}
