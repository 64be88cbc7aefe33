namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// <c>loginPerCall</c>: an identity that logs in again after at most <see cref="MaxCallsPerLogin"/> calls, for
/// <see cref="MinOccurrences"/> logins in a row, logs in per call instead of reusing and renewing its token
/// (fact sheet 2.4/2.5: store the expiry and renew before it lapses).
/// </summary>
public sealed record LoginRenewalRule
{
    public bool Enabled { get; init; } = true;

    public int MaxCallsPerLogin { get; init; } = 1;

    public int MinOccurrences { get; init; } = 3;
}
