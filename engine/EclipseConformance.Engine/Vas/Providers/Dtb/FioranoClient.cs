using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Control;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Calls DTB's Fiorano gateway over real HTTP (JSON, ADR 0032) under the VAS provider timeout on the engine's clock and
/// reads a bounded answer. Never throws for an upstream problem (they are unusable answers); only the caller's
/// cancellation propagates.
/// </summary>
public sealed partial class FioranoClient(
    IHttpClientFactory httpClients, SimulatorEndpoints endpoints, IOptionsMonitor<VasOptions> vasOptions, IOptionsMonitor<DtbOptions> options,
    TimeProvider time, ILogger<FioranoClient> logger)
{
    public const string HttpClientName = "vas-fiorano";
    public const string SimulatorName = "fiorano";

    public Task<FioranoAnswer> GetAsync(DtbMarket market, string relativePath, CancellationToken cancellationToken) =>
        SendAsync(market, HttpMethod.Get, relativePath, null, cancellationToken);

    public Task<FioranoAnswer> PostAsync(DtbMarket market, string relativePath, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(market, HttpMethod.Post, relativePath, body, cancellationToken);

    private async Task<FioranoAnswer> SendAsync(DtbMarket market, HttpMethod method, string relativePath, JsonObject? body, CancellationToken cancellationToken)
    {
        var o = vasOptions.CurrentValue;
        if (Url(market, relativePath) is not { } url)
        {
            return FioranoAnswer.Unusable("Fiorano is not reachable: the fiorano simulator is not running and Vas:Dtb:BaseUrl is not set");
        }

        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var timeout = new CancellationTokenSource(o.ProviderTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var operation = $"{method} {relativePath}";
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var (text, tooLarge) = await ReadBoundedAsync(response.Content, o.MaxResponseBytes, linked.Token);
            var status = (int)response.StatusCode;
            if (tooLarge)
            {
                return Log(operation, FioranoAnswer.Unusable($"Fiorano's answer is larger than {o.MaxResponseBytes} bytes"));
            }

            if (status >= 500)
            {
                return Log(operation, FioranoAnswer.Unusable($"Fiorano answered HTTP {status}"));
            }

            return JsonNode.Parse(text) is JsonObject json
                ? new FioranoAnswer(status, json, null)
                : Log(operation, FioranoAnswer.Unusable($"Fiorano answered HTTP {status} without a JSON object"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Log(operation, FioranoAnswer.Unusable($"Fiorano did not answer within {o.ProviderTimeout.TotalSeconds:0.###} s"));
        }
        catch (JsonException ex)
        {
            return Log(operation, FioranoAnswer.Unusable($"Fiorano's answer is not valid JSON: {ex.Message}"));
        }
        catch (HttpRequestException ex)
        {
            return Log(operation, FioranoAnswer.Unusable($"Fiorano call failed: {ex.Message}"));
        }
        catch (IOException ex)
        {
            return Log(operation, FioranoAnswer.Unusable($"Fiorano call failed while reading: {ex.Message}"));
        }
    }

    private Uri? Url(DtbMarket market, string relativePath)
    {
        var o = options.CurrentValue;
        var baseUrl = !string.IsNullOrWhiteSpace(o.BaseUrl) ? o.BaseUrl
            : endpoints.TryGetBaseUrl(SimulatorName, out var hosted) ? hosted!.ToString() : null;
        return baseUrl is null ? null : new Uri($"{baseUrl.TrimEnd('/')}/{market.Path(o).Trim('/')}/{relativePath.TrimStart('/')}", UriKind.Absolute);
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

    private FioranoAnswer Log(string operation, FioranoAnswer answer)
    {
        LogUnusable(logger, operation, answer.Describe());
        return answer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fiorano {Operation}: {Problem}")]
    private static partial void LogUnusable(ILogger logger, string operation, string problem);
}
