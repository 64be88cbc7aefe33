using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.RateLimiting;

public static class RateLimitingRegistration
{
    /// <summary>ASP.NET Core's rate limiter with <see cref="EclipseRateLimiter"/> as its global limiter; 429 RLT001 when refused.</summary>
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<EclipseRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<EclipseRateLimiter>((o, limiter) =>
        {
            o.GlobalLimiter = limiter;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RateLimitHeaders.WriteRejectionAsync;
        });
        return services;
    }

    /// <summary>After authentication (limits are keyed by the JWT's user and tenant); left out when the host disables it.</summary>
    public static IApplicationBuilder UseRateLimits(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }
}
