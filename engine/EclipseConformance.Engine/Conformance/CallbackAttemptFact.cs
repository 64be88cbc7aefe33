namespace EclipseConformance.Engine.Conformance;

/// <summary>One delivery attempt of a callback as the conformance checks read it from the outbox.</summary>
public sealed record CallbackAttemptFact(
    long CallbackId, long TenantId, string Kind, string Reference, string Url, long Attempt, string Outcome, long StartedMs, long? ResponseStatus, string? Error)
{
    /// <summary>The channel acknowledged with a 2xx.</summary>
    public bool Acknowledged => ResponseStatus is >= 200 and < 300;
}
