using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Vas;

namespace EclipseConformance.Engine.Tests.Vas.Support.TestProviders;

/// <summary>One HTTP call of a test provider under a 10 s timeout on the engine's clock; any failure is an unknown outcome.</summary>
internal static class TestUpstreamCall
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static async Task<(JsonNode? Body, int Status, ProviderStep? Unknown)> SendAsync(
        HttpClient http, TimeProvider time, HttpMethod method, Uri url, object? body, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await http.SendAsync(request, linked.Token);
            var text = await response.Content.ReadAsStringAsync(linked.Token);
            return (text.Length == 0 ? null : JsonNode.Parse(text), (int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, 0, ProviderStep.Unknown("The upstream did not answer in time"));
        }
        catch (HttpRequestException ex)
        {
            return (null, 0, ProviderStep.Unknown(ex.Message));
        }
    }
}
