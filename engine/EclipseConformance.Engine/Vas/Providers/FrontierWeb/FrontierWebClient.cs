using System.Net.Http.Headers;
using System.Text;
using EclipseConformance.Engine.Control;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Calls FrontierWeb over real HTTP: POSTs a SOAP 1.1 envelope to the service (the hosted simulator by default) with
/// the operation's SOAPAction, under a timeout on the engine's clock, and reads a bounded answer. Never throws for an
/// upstream problem (they are <see cref="FrontierAnswerKind.Unusable"/> answers); only the caller's cancellation
/// (shutdown) propagates.
/// </summary>
public sealed partial class FrontierWebClient(
    IHttpClientFactory httpClients, SimulatorEndpoints endpoints, IOptionsMonitor<VasOptions> options, TimeProvider time, ILogger<FrontierWebClient> logger)
{
    public const string HttpClientName = "vas-frontierweb";
    public const string SimulatorName = "frontierweb";

    public async Task<FrontierAnswer> CallAsync(string operation, IEnumerable<KeyValuePair<string, string?>> fields, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        if (ServiceUrl(o.FrontierWeb) is not { } url)
        {
            return FrontierAnswer.Unusable("FrontierWeb is not reachable: the frontierweb simulator is not running and Vas:FrontierWeb:BaseUrl is not set");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(FrontierSoap.BuildRequest(operation, o.FrontierWeb, fields), Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", FrontierSoap.SoapAction(operation));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/xml"));

        using var timeout = new CancellationTokenSource(o.ProviderTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var (body, tooLarge) = await ReadBoundedAsync(response.Content, o.MaxResponseBytes, linked.Token);
            if (tooLarge)
            {
                return Log(operation, FrontierAnswer.Unusable($"FrontierWeb's {operation} answer is larger than {o.MaxResponseBytes} bytes"));
            }

            var answer = FrontierSoap.ParseResponse(operation, (int)response.StatusCode, body);
            return answer.Kind == FrontierAnswerKind.Result ? answer : Log(operation, answer);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Log(operation, FrontierAnswer.Unusable($"FrontierWeb did not answer {operation} within {o.ProviderTimeout.TotalSeconds:0.###} s"));
        }
        catch (HttpRequestException ex)
        {
            return Log(operation, FrontierAnswer.Unusable($"FrontierWeb {operation} failed: {ex.Message}"));
        }
        catch (IOException ex)
        {
            return Log(operation, FrontierAnswer.Unusable($"FrontierWeb {operation} failed while reading: {ex.Message}"));
        }
    }

    private Uri? ServiceUrl(FrontierWebOptions o)
    {
        var baseUrl = !string.IsNullOrWhiteSpace(o.BaseUrl) ? o.BaseUrl
            : endpoints.TryGetBaseUrl(SimulatorName, out var hosted) ? hosted!.ToString() : null;
        return baseUrl is null ? null : new Uri(baseUrl.TrimEnd('/') + "/" + o.ServicePath.TrimStart('/'), UriKind.Absolute);
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

    private FrontierAnswer Log(string operation, FrontierAnswer answer)
    {
        LogUnusable(logger, operation, answer.Describe());
        return answer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "FrontierWeb {Operation}: {Problem}")]
    private static partial void LogUnusable(ILogger logger, string operation, string problem);
}
