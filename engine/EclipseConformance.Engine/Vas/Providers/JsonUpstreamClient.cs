using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Control;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Calls a JSON REST VAS upstream (Scan to Pay, ACS, Kganya) over real HTTP under <see cref="VasOptions.ProviderTimeout"/>
/// on the engine's clock and reads a bounded answer. Never throws for an upstream problem (it is an unusable answer);
/// only the caller's cancellation (shutdown) propagates.
/// </summary>
public sealed partial class JsonUpstreamClient(
    IHttpClientFactory httpClients, SimulatorEndpoints endpoints, IOptionsMonitor<VasOptions> options, TimeProvider time, ILogger<JsonUpstreamClient> logger)
{
    public const string HttpClientName = "vas-json-upstream";

    /// <summary>The configured base URL, else the hosted simulator's, else null (the upstream is not reachable); no trailing slash.</summary>
    public string? BaseUrl(string? configured, string simulatorName) =>
        !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/')
        : endpoints.TryGetBaseUrl(simulatorName, out var hosted) ? hosted!.ToString().TrimEnd('/') : null;

    public async Task<JsonUpstreamAnswer> SendAsync(
        string upstream, HttpMethod method, Uri url, JsonObject? body, IEnumerable<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = new CancellationTokenSource(o.ProviderTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var (text, tooLarge) = await ReadBoundedAsync(response.Content, o.MaxResponseBytes, linked.Token);
            if (tooLarge)
            {
                return Log(upstream, JsonUpstreamAnswer.Unusable($"{upstream}'s answer is larger than {o.MaxResponseBytes} bytes"));
            }

            var status = (int)response.StatusCode;
            if (text.Length == 0)
            {
                return status is >= 200 and < 300 ? Log(upstream, JsonUpstreamAnswer.Unusable($"{upstream} answered HTTP {status} without a body")) : new(status, null, null);
            }

            try
            {
                return new JsonUpstreamAnswer(status, JsonNode.Parse(text), null);
            }
            catch (JsonException)
            {
                return Log(upstream, JsonUpstreamAnswer.Unusable($"{upstream} answered HTTP {status} with a body that is not JSON"));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Log(upstream, JsonUpstreamAnswer.Unusable($"{upstream} did not answer within {o.ProviderTimeout.TotalSeconds:0.###} s"));
        }
        catch (HttpRequestException ex)
        {
            return Log(upstream, JsonUpstreamAnswer.Unusable($"{upstream} failed: {ex.Message}"));
        }
        catch (IOException ex)
        {
            return Log(upstream, JsonUpstreamAnswer.Unusable($"{upstream} failed while reading: {ex.Message}"));
        }
    }

    private static async Task<(string Body, bool TooLarge)> ReadBoundedAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return ("", true);
            }

            buffer.Write(chunk, 0, read);
        }

        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), false);
    }

    private JsonUpstreamAnswer Log(string upstream, JsonUpstreamAnswer answer)
    {
        LogUnusable(logger, upstream, answer.Problem ?? "");
        return answer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "VAS upstream {Upstream}: {Problem}")]
    private static partial void LogUnusable(ILogger logger, string upstream, string problem);
}
