namespace EclipseConformance.Engine.Errors;

public static class ErrorsRegistration
{
    public static IServiceCollection AddErrors(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Trace context first, so every envelope (even for an unknown route) carries the trace ids.</summary>
    public static IApplicationBuilder UseErrors(this IApplicationBuilder app) =>
        app.UseMiddleware<TraceContextMiddleware>().UseMiddleware<ErrorEnvelopeMiddleware>();
}
