using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;

namespace EclipseConformance.Load.Http;

/// <summary>HTTP helpers in the spirit of NBomber.Http: build a request, send it, map the status to a response.</summary>
public static class Http
{
    private static readonly string[] StatusCodes = [.. Enumerable.Range(0, 600).Select(i => i.ToString(CultureInfo.InvariantCulture))];
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static HttpRequestMessage CreateRequest(string method, string url) =>
        new(new HttpMethod(method), new Uri(url, UriKind.RelativeOrAbsolute));

    public static HttpRequestMessage WithHeader(this HttpRequestMessage request, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    public static HttpRequestMessage WithBody(this HttpRequestMessage request, HttpContent content)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Content = content;
        return request;
    }

    /// <summary>A JSON body from UTF-8 bytes (shared, not copied: keep the array immutable).</summary>
    public static HttpRequestMessage WithJsonBody(this HttpRequestMessage request, ReadOnlyMemory<byte> utf8Json)
    {
        ArgumentNullException.ThrowIfNull(request);
        var content = new ReadOnlyMemoryContent(utf8Json);
        content.Headers.ContentType = Json;
        request.Content = content;
        return request;
    }

    /// <summary>
    /// Sends the request (and disposes it), reads the whole body, and answers Ok for 2xx, Fail otherwise with the
    /// status code as <see cref="IResponse.StatusCode"/> and the body size in <see cref="IResponse.SizeBytes"/>.
    /// </summary>
    public static async Task<IResponse> Send(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        using (request)
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var size = await DrainAsync(response.Content, cancellationToken);
            var code = StatusCodeText((int)response.StatusCode);
            return response.IsSuccessStatusCode
                ? Response.Ok(code, size)
                : Response.Fail(code, response.ReasonPhrase ?? string.Empty, size);
        }
    }

    /// <summary>"200", "503", … without allocating for the usual codes.</summary>
    public static string StatusCodeText(int status) =>
        status is >= 0 and < 600 ? StatusCodes[status] : status.ToString(CultureInfo.InvariantCulture);

    private static async Task<long> DrainAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            long total = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
