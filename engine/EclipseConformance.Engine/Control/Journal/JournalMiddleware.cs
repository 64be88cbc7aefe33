using System.Diagnostics;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Control.Journal;

/// <summary>Records every Eclipse API call (request, response, latency, caller) into the bounded <see cref="RequestJournal"/>.</summary>
public sealed class JournalMiddleware(RequestDelegate next, RequestJournal journal, IOptions<JournalOptions> options, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!journal.Enabled || !context.Request.Path.StartsWithSegments(EclipseApi.BasePath, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var cap = options.Value.MaxBodyChars;
        var started = Stopwatch.GetTimestamp();
        string? requestBody = null;
        // Bodies with a length up to 64 KiB, and chunked bodies (no Content-Length), are captured up to the cap.
        if (cap > 0 && context.Request.ContentLength is null or (> 0 and <= 64 * 1024) && HasBody(context.Request))
        {
            context.Request.EnableBuffering();
            using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
            var buffer = new char[(int)Math.Min(cap, context.Request.ContentLength ?? cap)];
            var read = await reader.ReadBlockAsync(buffer, context.RequestAborted);
            requestBody = new string(buffer, 0, read);
            context.Request.Body.Position = 0;
        }

        var originalBody = context.Response.Body;
        var tee = cap > 0 ? new CappedTeeStream(originalBody, cap) : null;
        if (tee is not null)
        {
            context.Response.Body = tee;
        }

        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = originalBody;
            var caller = Caller.Of(context);
            journal.Record(new JournalEntry(
                journal.NextId(),
                time.GetUtcNow().ToUnixTimeMilliseconds(),
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Request.QueryString.HasValue ? context.Request.QueryString.Value : null,
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                caller?.Identity,
                caller?.TenantId,
                TraceContext.Of(context).TraceId,
                requestBody,
                tee?.Captured,
                context.Features.Get<ApiError>()?.Code));
        }
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
}
