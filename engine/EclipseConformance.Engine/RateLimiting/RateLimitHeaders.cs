using System.Globalization;
using EclipseConformance.Engine.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace EclipseConformance.Engine.RateLimiting;

/// <summary>
/// The caller's rate-limit state in response headers (ADR 0021): <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c>,
/// <c>RateLimit-Reset</c> (seconds until the window resets) and <c>RateLimit-Policy</c> (every window that applies,
/// <c>permits;w=seconds</c>) on every limited response, for the window closest to running out; <c>Retry-After</c>
/// (seconds) on a 429. Eclipse's own header names are unknown (fact sheet 11.7); these are the IETF httpapi draft's.
/// </summary>
public static class RateLimitHeaders
{
    public const string Limit = "RateLimit-Limit";
    public const string Remaining = "RateLimit-Remaining";
    public const string Reset = "RateLimit-Reset";
    public const string Policy = "RateLimit-Policy";
    public const string RetryAfter = "Retry-After";

    private static readonly string[] Numbers = Enumerable.Range(0, 4_097).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    public static void WriteQuota(IHeaderDictionary headers, in WindowState state, string policy)
    {
        headers[Limit] = Number(state.Limit);
        headers[Remaining] = Number(state.Remaining);
        headers[Reset] = Number(Seconds(state.ResetAfter));
        headers[Policy] = policy;
    }

    /// <summary><c>OnRejected</c>: 429 with RLT001 in Eclipse's envelope and the headers that say when to retry.</summary>
    public static ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var rejection = (context.Lease as EclipseRateLease)?.Rejection
            ?? new RateLimitRejection(RateLimitScope.User, 0, TimeSpan.Zero, TimeSpan.FromSeconds(1), "");
        var seconds = Number(Seconds(rejection.RetryAfter));
        var headers = new Dictionary<string, string>(5, StringComparer.OrdinalIgnoreCase) { [RetryAfter] = seconds };
        if (!rejection.IsConcurrency)
        {
            headers[Limit] = Number(rejection.Limit);
            headers[Remaining] = "0";
            headers[Reset] = seconds;
            headers[Policy] = rejection.Policy;
        }

        var error = new ApiError(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, rejection.Description);
        return new ValueTask(ErrorEnvelopeResult.WriteAsync(context.HttpContext, error, headers));
    }

    /// <summary>Whole seconds, rounded up, at least 1 (a client must not retry "in 0 s" before the window turned).</summary>
    public static int Seconds(TimeSpan span) => (int)Math.Clamp(Math.Ceiling(span.TotalSeconds), 1, int.MaxValue);

    private static string Number(int value) => (uint)value < (uint)Numbers.Length ? Numbers[value] : value.ToString(CultureInfo.InvariantCulture);
}
