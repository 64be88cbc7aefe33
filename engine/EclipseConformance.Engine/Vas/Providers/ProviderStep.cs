namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The answer of one provider call: its outcome, the extraInfo to show (a JSON string, when the step produces one), a
/// description for a failure, and the provider's updated private state (JSON text; null keeps the current one).
/// </summary>
public sealed record ProviderStep(
    ProviderOutcome Outcome,
    string? ExtraInfo = null,
    string? ErrorDescription = null,
    FailureKind FailureKind = FailureKind.Permanent,
    string? ProviderState = null)
{
    public static ProviderStep Approved(string? extraInfo = null, string? providerState = null) =>
        new(ProviderOutcome.Approved, extraInfo, ProviderState: providerState);

    public static ProviderStep Declined(string description, FailureKind kind = FailureKind.Permanent, string? providerState = null) =>
        new(ProviderOutcome.Declined, ErrorDescription: description, FailureKind: kind, ProviderState: providerState);

    public static ProviderStep Pending(string? extraInfo = null, string? providerState = null) =>
        new(ProviderOutcome.Pending, extraInfo, ProviderState: providerState);

    public static ProviderStep Unknown(string description, string? providerState = null) =>
        new(ProviderOutcome.Unknown, ErrorDescription: description, FailureKind: FailureKind.Temporary, ProviderState: providerState);

    public static ProviderStep NotFound(string description) =>
        new(ProviderOutcome.NotFound, ErrorDescription: description);
}
