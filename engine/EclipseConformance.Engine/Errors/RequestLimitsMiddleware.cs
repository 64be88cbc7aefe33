using EclipseConformance.Engine.Host;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Errors;

/// <summary>
/// The product's limits on the request line and the request headers, enforced with the envelope (414 / 431) right after
/// the trace context (ADR 0044). Kestrel answers a breach of its own limits before any middleware runs, with an empty
/// body; those limits are therefore set <see cref="KestrelFactor"/> times higher and stay only as the last resort.
/// The request line counts as <c>METHOD SP target SP protocol</c> (without CRLF); the headers as the sum of
/// <c>name ": " value CRLF</c> over every field. A query string that encodes an ASCII control character (<c>%00</c>–<c>%1F</c>,
/// <c>%7F</c>) is refused with 400 and the envelope: .NET's number parsing would otherwise read <c>tenantId=1001%00</c>
/// as 1001 (Kestrel itself refuses such a character in the path, with an empty 400).
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

        if (request.QueryString.Value is { Length: > 0 } query && EncodesControlCharacter(query))
        {
            return ErrorEnvelopeResult.WriteAsync(context, new ApiError(
                StatusCodes.Status400BadRequest, ErrorCodes.Validation, "The query string encodes a control character (%00-%1F or %7F)"));
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

    /// <summary>True when <paramref name="query"/> (still percent-encoded) holds <c>%XY</c> for a byte below 0x20 or 0x7F.</summary>
    internal static bool EncodesControlCharacter(string query)
    {
        for (var i = query.IndexOf('%'); i >= 0 && i + 2 < query.Length; i = query.IndexOf('%', i + 1))
        {
            if (Uri.IsHexDigit(query[i + 1]) && Uri.IsHexDigit(query[i + 2]))
            {
                var value = (Uri.FromHex(query[i + 1]) << 4) | Uri.FromHex(query[i + 2]);
                if (value < 0x20 || value == 0x7F)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
