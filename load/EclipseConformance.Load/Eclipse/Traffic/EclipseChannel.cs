using System.Buffers;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using EclipseConformance.Load.Http;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Eclipse.Traffic;

/// <summary>
/// How one scenario talks to the engine on the hot path: the lean HTTP/1.1 client (one keep-alive socket and one
/// request buffer per scenario copy) or HttpClient, as chosen with <c>--client</c>. The same client the echo
/// baseline uses, so the ratio compares like with like.
/// </summary>
public sealed class EclipseChannel
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly RawHttpTarget? _raw;
    private readonly HttpClient? _client;
    private readonly RawRequestWriter?[] _writers;
    private readonly string _basePath;
    private readonly string _host;

    private EclipseChannel(RawHttpTarget? raw, HttpClient? client, Uri target, int copies)
    {
        _raw = raw;
        _client = client;
        _writers = new RawRequestWriter?[copies];
        _basePath = target.AbsolutePath.EndsWith('/') ? target.AbsolutePath : target.AbsolutePath + "/";
        _host = target.IsDefaultPort ? target.Host : $"{target.Host}:{target.Port}";
    }

    /// <summary>Scenario copies this channel serves (instance numbers 0 … Copies − 1).</summary>
    public int Copies => _writers.Length;

    public static async Task<EclipseChannel> CreateAsync(ProfileContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Options.Client == LoadClient.Lean
            ? new EclipseChannel(await context.CreateRawTargetAsync(cancellationToken), null, context.Target, context.Connections)
            : new EclipseChannel(null, context.Http.Client, context.Target, context.Connections);
    }

    /// <summary>Sends one request (path relative to the target, no leading slash) on this copy's connection.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<Reply> SendAsync(IScenarioContext context, string method, string path, string authorization, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        var copy = context.ScenarioInfo.InstanceNumber;
        if (_raw is not null)
        {
            var writer = _writers[copy] ??= new RawRequestWriter(_basePath, _host);
            var response = await _raw.SendRawAsync(copy, writer.Write(method, path, authorization, body.Span), context.ScenarioCancellationToken);
            return new Reply(response.StatusCode, response.BodyBytes);
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        if (!body.IsEmpty || method is "POST" or "PUT")
        {
            request.Content = new ReadOnlyMemoryContent(body.ToArray()) { Headers = { ContentType = Json } };
        }

        using var reply = await _client!.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.ScenarioCancellationToken);
        return new Reply((int)reply.StatusCode, await DrainAsync(reply.Content, context.ScenarioCancellationToken));
    }

    private static async Task<long> DrainAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(8 * 1024);
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
