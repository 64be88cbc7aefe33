using EclipseConformance.Engine.Host;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Errors;

/// <summary>
/// The product's limits on the request line and the request headers, enforced with the envelope (414 / 431) right after
/// the trace context (ADR 0044). Kestrel answers a breach of its own limits before any middleware runs, with an empty
/// body; those limits are therefore set <see cref="KestrelFactor"/> times higher and stay only as the last resort.
/// The request line counts as <c>METHOD SP target SP protocol</c> (without CRLF); the headers as the sum of
/// <c>name ": " value CRLF</c> over every field.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<EngineOptions> options)
{
    /// <summary>Kestrel's limits are this multiple of the product's (its request buffer, 1 MiB by default, must hold them).</summary>
    public const int KestrelFactor = 8;

    public Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value + request.QueryString.Value;
        if (request.Method.Length + target.Length + request.Protocol.Length + 2 > limits.MaxRequestLineBytes)
        {
            return ErrorEnvelopeResult.WriteAsync(context, new ApiError(
                StatusCodes.Status414UriTooLong, ErrorCodes.Validation, $"The request line is longer than {limits.MaxRequestLineBytes} bytes"));
        }

        var count = 0;
        long bytes = 0;
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                count++;
                bytes += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        if (count > limits.MaxRequestHeaderCount || bytes > limits.MaxRequestHeadersBytes)
        {
            return ErrorEnvelopeResult.WriteAsync(context, new ApiError(
                StatusCodes.Status431RequestHeaderFieldsTooLarge,
                ErrorCodes.Validation,
                $"The request headers are too large (at most {limits.MaxRequestHeaderCount} fields and {limits.MaxRequestHeadersBytes} bytes)"));
        }

        return next(context);
    }
}
