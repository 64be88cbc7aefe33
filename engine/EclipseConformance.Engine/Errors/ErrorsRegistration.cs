namespace EclipseConformance.Engine.Errors;

public static class ErrorsRegistration
{
    public static IServiceCollection AddErrors(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>First in the pipeline, so every envelope (even for an unknown route) carries the trace ids.</summary>
    public static IApplicationBuilder UseTraceContext(this IApplicationBuilder app) => app.UseMiddleware<TraceContextMiddleware>();

    /// <summary>Right after the trace context: the request-line and header limits, answered with the envelope (ADR 0044).</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.UseMiddleware<RequestLimitsMiddleware>();

    /// <summary>The envelope guarantee: wraps everything after it (see <see cref="ErrorEnvelopeMiddleware"/>).</summary>
    public static IApplicationBuilder UseErrorEnvelope(this IApplicationBuilder app) => app.UseMiddleware<ErrorEnvelopeMiddleware>();
}
