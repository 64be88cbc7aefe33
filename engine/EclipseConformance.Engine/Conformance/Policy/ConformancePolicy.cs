namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// The channel conformance rules' switches and thresholds (rule file <c>policies.conformance</c>, ADR 0036): one entry
/// per rule, merged field by field like every policy; the checks themselves are fixed code reading these values.
/// </summary>
public sealed record ConformancePolicy
{
    public PaymentPollingRule PaymentPolling { get; init; } = new();

    public RetryAfterPendingRule RetryAfterPending { get; init; } = new();

    public ReuseAfterFailureRule ReuseAfterFailure { get; init; } = new();

    public RepeatedLookupRule RepeatedLookup { get; init; } = new();

    public ExtraInfoFinalityRule SuccessfulWithoutExtraInfo { get; init; } = new();

    public CallbackAcknowledgementRule CallbackAcknowledgement { get; init; } = new();

    public LoginRenewalRule LoginPerCall { get; init; } = new();
}
