namespace EclipseConformance.Engine.Rules;

/// <summary>The rule-file spelling of every policy enum value (the JSON Schema lists the same names).</summary>
public static class WireNames
{
    private static readonly Dictionary<Type, (string Wire, Enum Value)[]> Names = new()
    {
        [typeof(WithdrawalWindow)] = [("CALENDAR_MONTH", WithdrawalWindow.CalendarMonth), ("ROLLING_30_DAYS", WithdrawalWindow.Rolling30Days)],
        [typeof(WithdrawalRedemption)] = [("TOKEN", WithdrawalRedemption.Token), ("BANK_PAYOUT", WithdrawalRedemption.BankPayout)],
        [typeof(LookupMatchRule)] = [("TWO_CRITERIA", LookupMatchRule.TwoCriteria), ("PHONE_OR_TWO", LookupMatchRule.PhoneOrTwo)],
        [typeof(CallbackRetryVariant)] = [("UK_RETRY", CallbackRetryVariant.UkRetry), ("EFT_RETRY", CallbackRetryVariant.EftRetry), ("CUSTOM", CallbackRetryVariant.Custom)],
        [typeof(FrontierWebCompletion)] = [("ASYNC", FrontierWebCompletion.Async), ("SYNC", FrontierWebCompletion.Sync)],
        [typeof(VasFailureStatuses)] = [("FAILED_ERROR", VasFailureStatuses.FailedError), ("ERROR_PERM_TEMP", VasFailureStatuses.ErrorPermTemp)],
        [typeof(BadLoginCode)] = [("USR002", BadLoginCode.Usr002), ("SEC005", BadLoginCode.Sec005)],
        [typeof(ExternalUniqueIdScope)] = [("GLOBAL", ExternalUniqueIdScope.Global), ("TENANT", ExternalUniqueIdScope.Tenant)],
        [typeof(DateOfBirthFormat)] = [("EITHER", DateOfBirthFormat.Either), ("yyyyMMdd", DateOfBirthFormat.Compact), ("yyyy-MM-dd", DateOfBirthFormat.Iso)],
        [typeof(WalletMovementDelivery)] = [("SINGLE_ATTEMPT", WalletMovementDelivery.SingleAttempt), ("RETRY_WITH_BACKOFF", WalletMovementDelivery.RetryWithBackoff)],
        [typeof(HmacSignatureInput)] = [("TIMESTAMP_DOT_BODY", HmacSignatureInput.TimestampDotBody), ("BODY", HmacSignatureInput.Body)],
        [typeof(DecisionPoint)] = [("login", DecisionPoint.Login), ("transfer", DecisionPoint.Transfer), ("lookup", DecisionPoint.Lookup), ("withdrawal", DecisionPoint.Withdrawal), ("payment", DecisionPoint.Payment)],
        [typeof(RuleActionKind)] = [("reject", RuleActionKind.Reject), ("allow", RuleActionKind.Allow)],
    };

    public static string Of<T>(T value)
        where T : struct, Enum
    {
        foreach (var (wire, v) in Names[typeof(T)])
        {
            if (v.Equals(value))
            {
                return wire;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "No wire name");
    }

    public static bool TryParse<T>(string? wire, out T value)
        where T : struct, Enum
    {
        foreach (var (name, v) in Names[typeof(T)])
        {
            if (string.Equals(name, wire, StringComparison.Ordinal))
            {
                value = (T)v;
                return true;
            }
        }

        value = default;
        return false;
    }
}
