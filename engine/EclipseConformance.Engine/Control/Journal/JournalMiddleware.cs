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
        var requestTee = cap > 0 ? new CappedReadTeeStream(context.Request.Body, cap) : null;
        var originalRequestBody = context.Request.Body;
        if (requestTee is not null)
        {
            context.Request.Body = requestTee;
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
            context.Request.Body = originalRequestBody;
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
                requestTee?.Captured,
                tee?.Captured,
                context.Features.Get<ApiError>()?.Code));
        }
    }
}
