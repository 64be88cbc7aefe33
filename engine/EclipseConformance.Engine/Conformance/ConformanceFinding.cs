namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// One place where the channel broke a rule: what (subject, message), whose (tenant, caller), when (virtual time of the
/// last offending request) and the evidence: journal ids of the offending Eclipse API calls and, for callbacks, the
/// callback ids of the outbox.
/// </summary>
public sealed record ConformanceFinding(
    string Rule,
    long? TenantId,
    string? Caller,
    string Subject,
    string Message,
    string At,
    IReadOnlyList<long> JournalIds,
    IReadOnlyList<long>? CallbackIds = null);
