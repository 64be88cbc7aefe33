using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

public sealed partial class RuleFileBinder
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);
    private static readonly TimeSpan OneYear = TimeSpan.FromDays(365);

    private PolicySnapshot ApplyPolicies(PolicySnapshot p, JObject policies) => p with
    {
        Jwt = policies["jwt"] is JObject jwt ? p.Jwt with { Lifetime = Duration(jwt["lifetime"], p.Jwt.Lifetime, JwtPolicy.MinLifetime, JwtPolicy.MaxLifetime) } : p.Jwt,
        WithdrawalLimit = policies["withdrawalLimit"] is JObject w ? Withdrawal(p.WithdrawalLimit, w) : p.WithdrawalLimit,
        WithdrawalTypes = policies["withdrawalTypes"] is JObject types ? WithdrawalTypes(p.WithdrawalTypes, types) : p.WithdrawalTypes,
        Lookup = policies["lookup"] is JObject l
            ? new LookupPolicy { MatchRule = Enum(l["matchRule"], p.Lookup.MatchRule), ResultCap = Int(l["resultCap"], p.Lookup.ResultCap) }
            : p.Lookup,
        RateLimits = policies["rateLimits"] is JObject r ? RateLimits(p.RateLimits, r) : p.RateLimits,
        CallbackRetry = policies["callbackRetry"] is JObject c ? CallbackRetry(p.CallbackRetry, c) : p.CallbackRetry,
        Conflicts = policies["conflicts"] is JObject k ? Conflicts(p.Conflicts, k) : p.Conflicts,
        Conformance = policies["conformance"] is JObject cf ? Conformance(p.Conformance, cf) : p.Conformance,
    };

    private WithdrawalLimitPolicy Withdrawal(WithdrawalLimitPolicy current, JObject w)
    {
        var zone = current.TimeZone;
        if (w["timeZone"] is JValue { Type: JTokenType.String } zoneToken)
        {
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(zoneToken.Value<string>()!);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                Problem(zoneToken, $"'{zoneToken}' is not a known time zone (use an IANA id such as Africa/Johannesburg)");
            }
        }

        return current with
        {
            Amount = Amount(w["amount"], current.Amount, 0.01m, 10_000_000m),
            Currency = w["currency"]?.Value<string>() ?? current.Currency,
            Window = Enum(w["window"], current.Window),
            TimeZone = zone,
            CountedStatuses = w["countedStatuses"] is JArray statuses ? statuses.Select(s => s.Value<string>()!).ToArray() : current.CountedStatuses,
        };
    }

    private RateLimitPolicy RateLimits(RateLimitPolicy current, JObject r)
    {
        RateLimitWindow Window(string name, RateLimitWindow value) => r[name] is JObject o
            ? new RateLimitWindow(Int(o["permits"], value.Permits), Duration(o["window"], value.Window, OneSecond, OneDay))
            : value;

        var concurrency = current.Concurrency;
        if (r["concurrency"] is JObject c)
        {
            concurrency = new ConcurrencyLimits(Int(c["perUser"], concurrency.PerUser), Int(c["perTenant"], concurrency.PerTenant), Int(c["perIp"], concurrency.PerIp));
        }

        return new RateLimitPolicy
        {
            Enabled = Bool(r["enabled"], current.Enabled),
            PerUser = Window("perUser", current.PerUser),
            PerTenant = Window("perTenant", current.PerTenant),
            PerIp = Window("perIp", current.PerIp),
            Lookup = Window("lookup", current.Lookup),
            Concurrency = concurrency,
        };
    }

    private CallbackRetryPolicy CallbackRetry(CallbackRetryPolicy current, JObject c)
    {
        var variant = Enum(c["variant"], current.Variant);
        var steps = current.Steps;
        if (c["steps"] is JArray stepTokens)
        {
            if (c["variant"] is not null && variant != CallbackRetryVariant.Custom)
            {
                Problem(c["variant"], "steps list a custom schedule: leave variant out or set it to CUSTOM");
            }

            variant = CallbackRetryVariant.Custom;
            steps = stepTokens.OfType<JObject>()
                .Select(s => new RetryStep(Duration(s["every"], OneSecond, TimeSpan.FromMilliseconds(100), OneYear), Int(s["times"], 1)))
                .ToArray();
        }
        else if (c["variant"] is not null)
        {
            steps = variant switch
            {
                CallbackRetryVariant.UkRetry => CallbackRetryPolicy.UkRetrySteps,
                CallbackRetryVariant.EftRetry => CallbackRetryPolicy.EftRetrySteps,
                _ => current.Variant == CallbackRetryVariant.Custom ? current.Steps : Fail(c["variant"]),
            };
        }

        return new CallbackRetryPolicy
        {
            Variant = variant,
            Steps = steps,
            ThenEvery = Duration(c["thenEvery"], current.ThenEvery, OneSecond, OneYear),
            AttemptTimeout = Duration(c["attemptTimeout"], current.AttemptTimeout, OneSecond, TimeSpan.FromMinutes(5)),
        };

        IReadOnlyList<RetryStep> Fail(JToken? token)
        {
            Problem(token, "CUSTOM needs a steps list");
            return current.Steps;
        }
    }

    private ConflictSettings Conflicts(ConflictSettings current, JObject k) => new()
    {
        FrontierWebCompletion = Enum(k["frontierWebCompletion"], current.FrontierWebCompletion),
        VasFailureStatuses = Enum(k["vasFailureStatuses"], current.VasFailureStatuses),
        BadLoginCode = Enum(k["badLoginCode"], current.BadLoginCode),
        IntegratorPasswordLogin = Bool(k["integratorPasswordLogin"], current.IntegratorPasswordLogin),
        ExternalUniqueIdScope = Enum(k["externalUniqueIdScope"], current.ExternalUniqueIdScope),
        DateOfBirthFormat = Enum(k["dateOfBirthFormat"], current.DateOfBirthFormat),
        WalletMovementNotifications = Enum(k["walletMovementNotifications"], current.WalletMovementNotifications),
        HmacSignatureInput = Enum(k["hmacSignatureInput"], current.HmacSignatureInput),
    };
}
