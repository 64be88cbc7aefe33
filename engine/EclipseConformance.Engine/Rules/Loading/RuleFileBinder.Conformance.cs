using EclipseConformance.Engine.Conformance;
using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

public sealed partial class RuleFileBinder
{
    /// <summary><c>policies.conformance</c>: each rule's <c>enabled</c> and thresholds, field by field over the current values.</summary>
    private ConformancePolicy Conformance(ConformancePolicy p, JObject c)
    {
        var min = PaymentPollingRule.MinDuration;
        var max = PaymentPollingRule.MaxSetting;
        return new ConformancePolicy
        {
            PaymentPolling = c["paymentPolling"] is JObject poll
                ? new PaymentPollingRule
                {
                    Enabled = Bool(poll["enabled"], p.PaymentPolling.Enabled),
                    MinInterval = Duration(poll["minInterval"], p.PaymentPolling.MinInterval, min, max),
                    MaxDuration = Duration(poll["maxDuration"], p.PaymentPolling.MaxDuration, min, max),
                }
                : p.PaymentPolling,
            RetryAfterPending = c["retryAfterPending"] is JObject retry
                ? new RetryAfterPendingRule { Enabled = Bool(retry["enabled"], p.RetryAfterPending.Enabled), Statuses = Statuses(retry["statuses"], p.RetryAfterPending.Statuses) }
                : p.RetryAfterPending,
            ReuseAfterFailure = c["reuseAfterFailure"] is JObject reuse
                ? new ReuseAfterFailureRule { Enabled = Bool(reuse["enabled"], p.ReuseAfterFailure.Enabled), FailureStatuses = Statuses(reuse["failureStatuses"], p.ReuseAfterFailure.FailureStatuses) }
                : p.ReuseAfterFailure,
            RepeatedLookup = c["repeatedLookup"] is JObject lookup
                ? new RepeatedLookupRule
                {
                    Enabled = Bool(lookup["enabled"], p.RepeatedLookup.Enabled),
                    AllowedSearches = Int(lookup["allowedSearches"], p.RepeatedLookup.AllowedSearches),
                    Window = Duration(lookup["window"], p.RepeatedLookup.Window, RepeatedLookupRule.MinWindow, RepeatedLookupRule.MaxWindow),
                }
                : p.RepeatedLookup,
            SuccessfulWithoutExtraInfo = c["successfulWithoutExtraInfo"] is JObject final
                ? new ExtraInfoFinalityRule
                {
                    Enabled = Bool(final["enabled"], p.SuccessfulWithoutExtraInfo.Enabled),
                    DecideAfter = Duration(final["decideAfter"], p.SuccessfulWithoutExtraInfo.DecideAfter, min, max),
                }
                : p.SuccessfulWithoutExtraInfo,
            CallbackAcknowledgement = c["callbackAcknowledgement"] is JObject ack
                ? new CallbackAcknowledgementRule
                {
                    Enabled = Bool(ack["enabled"], p.CallbackAcknowledgement.Enabled),
                    MinFailedAttempts = Int(ack["minFailedAttempts"], p.CallbackAcknowledgement.MinFailedAttempts),
                }
                : p.CallbackAcknowledgement,
            LoginPerCall = c["loginPerCall"] is JObject login
                ? new LoginRenewalRule
                {
                    Enabled = Bool(login["enabled"], p.LoginPerCall.Enabled),
                    MaxCallsPerLogin = Int(login["maxCallsPerLogin"], p.LoginPerCall.MaxCallsPerLogin),
                    MinOccurrences = Int(login["minOccurrences"], p.LoginPerCall.MinOccurrences),
                }
                : p.LoginPerCall,
        };
    }

    private static IReadOnlyList<string> Statuses(JToken? token, IReadOnlyList<string> current) =>
        token is JArray array ? array.Select(s => s.Value<string>()!).ToArray() : current;
}
