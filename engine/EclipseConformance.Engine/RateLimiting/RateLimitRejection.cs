using System.Globalization;

namespace EclipseConformance.Engine.RateLimiting;

/// <summary>Which limit refused a request and when the caller may retry (a zero window means a concurrency limit).</summary>
public sealed record RateLimitRejection(RateLimitScope Scope, int Limit, TimeSpan Window, TimeSpan RetryAfter, string Policy)
{
    public bool IsConcurrency => Window == TimeSpan.Zero;

    public string Description
    {
        get
        {
            var who = Scope switch
            {
                RateLimitScope.User => "this user",
                RateLimitScope.Tenant => "this tenant",
                RateLimitScope.Ip => "this client address (calls without a JWT)",
                _ => "global wallet lookups by this user",
            };
            return IsConcurrency
                ? string.Create(CultureInfo.InvariantCulture, $"Rate limit exceeded: at most {Limit} requests in flight for {who}; retry when one completes")
                : string.Create(CultureInfo.InvariantCulture,
                    $"Rate limit exceeded: {Limit} requests per {RateLimitHeaders.Seconds(Window)} s for {who}; retry in a later window (in {RateLimitHeaders.Seconds(RetryAfter)} s)");
        }
    }
}
