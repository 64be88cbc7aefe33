namespace EclipseConformance.Features.Support;

/// <summary>
/// Records every request and response of a scenario into its <see cref="ExchangeLog"/>, and shows them to its
/// <see cref="SecretWatch"/>.
/// </summary>
public sealed class RecordingHandler(ExchangeLog log, SecretWatch secrets) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
        log.Add(request, requestBody, response, responseBody);
        secrets.Observe(request.RequestUri, requestBody, responseBody);
        return response;
    }
}
