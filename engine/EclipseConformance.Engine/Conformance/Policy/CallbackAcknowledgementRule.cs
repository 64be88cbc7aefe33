namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// <c>callbackAcknowledgement</c>: the channel answers every callback with a 2xx; a callback with at least
/// <see cref="MinFailedAttempts"/> failed attempts (non-2xx, timeout, refused) is a finding (S-VAS, fact sheet 6.3).
/// </summary>
public sealed record CallbackAcknowledgementRule
{
    public bool Enabled { get; init; } = true;

    public int MinFailedAttempts { get; init; } = 1;
}
