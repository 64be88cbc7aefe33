namespace EclipseConformance.Features.Support;

/// <summary>Records every request and response of a scenario into its <see cref="ExchangeLog"/>.</summary>
public sealed class RecordingHandler(ExchangeLog log) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        log.Add(request, requestBody, response, await response.Content.ReadAsStringAsync(cancellationToken));
        return response;
    }
}
