namespace EclipseConformance.Engine.Conformance;

/// <summary>The conformance rules' ids: their keys under <c>policies.conformance</c> and their names in the report.</summary>
public static class ConformanceRuleIds
{
    public const string PaymentPolling = "paymentPolling";
    public const string RetryAfterPending = "retryAfterPending";
    public const string ReuseAfterFailure = "reuseAfterFailure";
    public const string RepeatedLookup = "repeatedLookup";
    public const string SuccessfulWithoutExtraInfo = "successfulWithoutExtraInfo";
    public const string CallbackAcknowledgement = "callbackAcknowledgement";
    public const string LoginPerCall = "loginPerCall";

    public static readonly IReadOnlyList<string> All =
        [PaymentPolling, RetryAfterPending, ReuseAfterFailure, RepeatedLookup, SuccessfulWithoutExtraInfo, CallbackAcknowledgement, LoginPerCall];
}
