namespace EclipseConformance.Engine.Rules;

/// <summary>
/// JWT lifetime (fact sheet 2.4: the sample token lives 15 minutes, AIAUTH says "typically 1 hour"; conflict → default
/// 15 min). Range 1 minute to 24 hours. Rule file: <c>policies.jwt.lifetime</c>.
/// </summary>
public sealed record JwtPolicy
{
    public static readonly TimeSpan MinLifetime = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(15);
}
