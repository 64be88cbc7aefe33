using System.Text.Json.Nodes;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Conformance;

/// <summary>Writes <see cref="ConformancePolicy"/> in the rule-file shape (<c>policies.conformance</c>), rule by rule.</summary>
public static class ConformancePolicyWriter
{
    public static JsonObject ToJson(ConformancePolicy p)
    {
        var json = new JsonObject();
        foreach (var rule in ConformanceRuleIds.All)
        {
            json[rule] = Rule(p, rule);
        }

        return json;
    }

    /// <summary>One rule's settings (<c>enabled</c> first, then its thresholds).</summary>
    public static JsonObject Rule(ConformancePolicy p, string rule) => rule switch
    {
        ConformanceRuleIds.PaymentPolling => new JsonObject
        {
            ["enabled"] = p.PaymentPolling.Enabled,
            ["minInterval"] = Durations.Format(p.PaymentPolling.MinInterval),
            ["maxDuration"] = Durations.Format(p.PaymentPolling.MaxDuration),
        },
        ConformanceRuleIds.RetryAfterPending => new JsonObject
        {
            ["enabled"] = p.RetryAfterPending.Enabled,
            ["statuses"] = Strings(p.RetryAfterPending.Statuses),
        },
        ConformanceRuleIds.ReuseAfterFailure => new JsonObject
        {
            ["enabled"] = p.ReuseAfterFailure.Enabled,
            ["failureStatuses"] = Strings(p.ReuseAfterFailure.FailureStatuses),
        },
        ConformanceRuleIds.RepeatedLookup => new JsonObject
        {
            ["enabled"] = p.RepeatedLookup.Enabled,
            ["allowedSearches"] = p.RepeatedLookup.AllowedSearches,
            ["window"] = Durations.Format(p.RepeatedLookup.Window),
        },
        ConformanceRuleIds.SuccessfulWithoutExtraInfo => new JsonObject
        {
            ["enabled"] = p.SuccessfulWithoutExtraInfo.Enabled,
            ["decideAfter"] = Durations.Format(p.SuccessfulWithoutExtraInfo.DecideAfter),
        },
        ConformanceRuleIds.CallbackAcknowledgement => new JsonObject
        {
            ["enabled"] = p.CallbackAcknowledgement.Enabled,
            ["minFailedAttempts"] = p.CallbackAcknowledgement.MinFailedAttempts,
        },
        ConformanceRuleIds.LoginPerCall => new JsonObject
        {
            ["enabled"] = p.LoginPerCall.Enabled,
            ["maxCallsPerLogin"] = p.LoginPerCall.MaxCallsPerLogin,
            ["minOccurrences"] = p.LoginPerCall.MinOccurrences,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown conformance rule"),
    };

    private static JsonArray Strings(IReadOnlyList<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
