using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Control;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Calls a JSON provider (Pay@, EasyPay, Cellulant) over real HTTP: the configured base URL or else the hosted simulator's,
/// under <see cref="VasOptions.ProviderTimeout"/> on the engine's clock, reading at most <see cref="VasOptions.MaxResponseBytes"/>.
/// Never throws for an upstream problem (it is an answer without a status or body); only the caller's cancellation propagates.
/// </summary>
public sealed partial class VasJsonClient(
    IHttpClientFactory httpClients, SimulatorEndpoints endpoints, IOptionsMonitor<VasOptions> options, TimeProvider time, ILogger<VasJsonClient> logger)
{
    public const string HttpClientName = "vas-json";

    /// <summary>
    /// One call: <paramref name="upstream"/> names the provider in messages (e.g. "Pay@"); <paramref name="baseUrl"/> is the
    /// configured base URL, empty to use the hosted simulator <paramref name="simulatorName"/>.
    /// </summary>
    public async Task<VasJsonAnswer> SendAsync(
        string upstream, string? baseUrl, string simulatorName, HttpMethod method, string path, JsonNode? body,
        IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var root = !string.IsNullOrWhiteSpace(baseUrl) ? baseUrl
            : endpoints.TryGetBaseUrl(simulatorName, out var hosted) ? hosted!.ToString() : null;
        if (root is null)
        {
            return new VasJsonAnswer(null, null, $"{upstream} is not reachable: the {simulatorName} simulator is not running and no base URL is set");
        }

        using var request = new HttpRequestMessage(method, new Uri(root.TrimEnd('/') + path, UriKind.Absolute));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(JsonSerializerOptions.Default), Encoding.UTF8, "application/json");
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
            var status = (int)response.StatusCode;
            var (text, tooLarge) = await ReadBoundedAsync(response.Content, o.MaxResponseBytes, linked.Token);
            if (tooLarge)
            {
                return Log(upstream, path, new VasJsonAnswer(status, null, $"{upstream}'s answer is larger than {o.MaxResponseBytes} bytes"));
            }

            try
            {
                return new VasJsonAnswer(status, JsonNode.Parse(text), null);
            }
            catch (JsonException)
            {
                return Log(upstream, path, new VasJsonAnswer(status, null, $"{upstream} answered HTTP {status} with a body that is not JSON"));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Log(upstream, path, new VasJsonAnswer(null, null, $"{upstream} did not answer within {o.ProviderTimeout.TotalSeconds:0.###} s"));
        }
        catch (HttpRequestException ex)
        {
            return Log(upstream, path, new VasJsonAnswer(null, null, $"{upstream} call failed: {ex.Message}"));
        }
        catch (IOException ex)
        {
            return Log(upstream, path, new VasJsonAnswer(null, null, $"{upstream} call failed while reading: {ex.Message}"));
        }
    }

    private static async Task<(string Text, bool TooLarge)> ReadBoundedAsync(HttpContent content, int limit, CancellationToken cancellationToken)
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

    private VasJsonAnswer Log(string upstream, string path, VasJsonAnswer answer)
    {
        LogUnusable(logger, upstream, path, answer.Problem ?? "");
        return answer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Upstream} {Path}: {Problem}")]
    private static partial void LogUnusable(ILogger logger, string upstream, string path, string problem);
}
