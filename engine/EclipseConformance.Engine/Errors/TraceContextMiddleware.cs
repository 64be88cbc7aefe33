using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Errors;

/// <summary>Honours an incoming W3C <c>traceparent</c> and answers with the continued one.</summary>
public sealed class TraceContextMiddleware(RequestDelegate next, IRandomSource random)
{
    public Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers["traceparent"].ToString();
        Span<byte> bytes = stackalloc byte[24];
        random.Fill(bytes);
        var spanId = Convert.ToHexStringLower(bytes[..8]);
        var trace = TryParse(incoming, out var traceId, out var flags)
            ? new TraceContext(traceId, spanId, flags)
            : new TraceContext(Convert.ToHexStringLower(bytes[8..]), spanId, "01");
        context.Features.Set(trace);
        context.Response.Headers["traceparent"] = trace.TracingContext;
        return next(context);
    }

    /// <summary>Parses <c>00-&lt;32 hex&gt;-&lt;16 hex&gt;-&lt;2 hex&gt;</c>; all-zero ids are invalid per the spec.</summary>
    internal static bool TryParse(string header, out string traceId, out string flags)
    {
        traceId = "";
        flags = "";
        if (header.Length != 55 || header[2] != '-' || header[35] != '-' || header[52] != '-' || header[..2] == "ff")
        {
            return false;
        }

        var id = header.AsSpan(3, 32);
        var parent = header.AsSpan(36, 16);
        var f = header.AsSpan(53, 2);
        if (!IsLowerHex(header.AsSpan(0, 2)) || !IsLowerHex(id) || !IsLowerHex(parent) || !IsLowerHex(f)
            || id.IndexOfAnyExcept('0') < 0 || parent.IndexOfAnyExcept('0') < 0)
        {
            return false;
        }

        traceId = id.ToString();
        flags = f.ToString();
        return true;
    }

    private static bool IsLowerHex(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }
}
