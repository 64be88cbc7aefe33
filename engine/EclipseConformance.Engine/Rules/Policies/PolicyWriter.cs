using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Writes a <see cref="PolicySnapshot"/> in the rule-file shape (<c>policies:</c> section), so what
/// <c>GET /sim/v1/rules</c> shows can be copied into a rule file or posted back unchanged.
/// </summary>
public static class PolicyWriter
{
    public static JsonObject ToJson(PolicySnapshot p) => new()
    {
        ["jwt"] = new JsonObject { ["lifetime"] = Durations.Format(p.Jwt.Lifetime) },
        ["withdrawalLimit"] = new JsonObject
        {
            ["amount"] = p.WithdrawalLimit.Amount,
            ["currency"] = p.WithdrawalLimit.Currency,
            ["window"] = WireNames.Of(p.WithdrawalLimit.Window),
            ["timeZone"] = p.WithdrawalLimit.TimeZone.Id,
            ["countedStatuses"] = new JsonArray([.. p.WithdrawalLimit.CountedStatuses.Select(s => (JsonNode)s)]),
        },
        ["withdrawalTypes"] = WithdrawalTypes(p.WithdrawalTypes),
        ["lookup"] = new JsonObject { ["matchRule"] = WireNames.Of(p.Lookup.MatchRule), ["resultCap"] = p.Lookup.ResultCap },
        ["rateLimits"] = new JsonObject
        {
            ["enabled"] = p.RateLimits.Enabled,
            ["perUser"] = Window(p.RateLimits.PerUser),
            ["perTenant"] = Window(p.RateLimits.PerTenant),
            ["perIp"] = Window(p.RateLimits.PerIp),
            ["lookup"] = Window(p.RateLimits.Lookup),
            ["concurrency"] = new JsonObject
            {
                ["perUser"] = p.RateLimits.Concurrency.PerUser,
                ["perTenant"] = p.RateLimits.Concurrency.PerTenant,
                ["perIp"] = p.RateLimits.Concurrency.PerIp,
            },
        },
        ["callbackRetry"] = CallbackRetry(p.CallbackRetry),
        ["conflicts"] = new JsonObject
        {
            ["frontierWebCompletion"] = WireNames.Of(p.Conflicts.FrontierWebCompletion),
            ["vasFailureStatuses"] = WireNames.Of(p.Conflicts.VasFailureStatuses),
            ["badLoginCode"] = WireNames.Of(p.Conflicts.BadLoginCode),
            ["integratorPasswordLogin"] = p.Conflicts.IntegratorPasswordLogin,
            ["externalUniqueIdScope"] = WireNames.Of(p.Conflicts.ExternalUniqueIdScope),
            ["dateOfBirthFormat"] = WireNames.Of(p.Conflicts.DateOfBirthFormat),
            ["walletMovementNotifications"] = WireNames.Of(p.Conflicts.WalletMovementNotifications),
            ["hmacSignatureInput"] = WireNames.Of(p.Conflicts.HmacSignatureInput),
        },
        ["conformance"] = Conformance.ConformancePolicyWriter.ToJson(p.Conformance),
    };

    private static JsonObject WithdrawalTypes(IReadOnlyDictionary<string, WithdrawalTypePolicy> types)
    {
        var json = new JsonObject();
        foreach (var t in types.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var type = new JsonObject
            {
                ["category"] = t.Category,
                ["subType"] = t.SubType,
                ["gateway"] = t.GatewayName,
                ["currency"] = t.Currency,
                ["fee"] = t.Fee,
                ["redemption"] = WireNames.Of(t.Redemption),
            };
            if (t.IsToken)
            {
                type["tokenDigits"] = t.TokenDigits;
                type["tokenLifetime"] = Durations.Format(t.TokenLifetime);
                type["instructions"] = t.Instructions;
            }
            else
            {
                type["settlementDelay"] = new JsonObject { ["min"] = Durations.Format(t.SettlementMin), ["max"] = Durations.Format(t.SettlementMax) };
            }

            json[t.Name] = type;
        }

        return json;
    }

    private static JsonObject Window(RateLimitWindow w) => new() { ["permits"] = w.Permits, ["window"] = Durations.Format(w.Window) };

    private static JsonObject CallbackRetry(CallbackRetryPolicy c)
    {
        var json = new JsonObject { ["variant"] = WireNames.Of(c.Variant) };
        if (c.Variant == CallbackRetryVariant.Custom)
        {
            json["steps"] = new JsonArray([.. c.Steps.Select(s => (JsonNode)new JsonObject { ["every"] = Durations.Format(s.Every), ["times"] = s.Times })]);
        }

        json["thenEvery"] = Durations.Format(c.ThenEvery);
        json["attemptTimeout"] = Durations.Format(c.AttemptTimeout);
        return json;
    }
}
