using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

public sealed partial class RuleFileBinder
{
    /// <summary>
    /// <c>policies.withdrawalTypes</c>: types layer by name, field by field over an earlier file's type (like every
    /// policy); a new type starts from <see cref="WithdrawalTypePolicy"/>'s defaults (an ATM-style token type);
    /// <c>null</c> removes a type.
    /// </summary>
    private Dictionary<string, WithdrawalTypePolicy> WithdrawalTypes(IReadOnlyDictionary<string, WithdrawalTypePolicy> current, JObject types)
    {
        var result = new Dictionary<string, WithdrawalTypePolicy>(current, StringComparer.Ordinal);
        foreach (var (name, token) in types)
        {
            if (token is null || token.Type == JTokenType.Null)
            {
                result.Remove(name);
                continue;
            }

            if (token is not JObject t)
            {
                continue; // the schema refuses it
            }

            var type = result.TryGetValue(name, out var earlier) ? earlier : new WithdrawalTypePolicy { Name = name };
            result[name] = WithdrawalType(type, t);
        }

        return result;
    }

    private WithdrawalTypePolicy WithdrawalType(WithdrawalTypePolicy current, JObject t)
    {
        var type = current with
        {
            Category = t["category"]?.Value<string>() ?? current.Category,
            SubType = t["subType"]?.Value<string>() ?? current.SubType,
            Gateway = t["gateway"]?.Value<string>() ?? current.Gateway,
            Currency = t["currency"]?.Value<string>() ?? current.Currency,
            Fee = Amount(t["fee"], current.Fee, 0m, 1_000_000m),
            Redemption = Enum(t["redemption"], current.Redemption),
            TokenDigits = Int(t["tokenDigits"], current.TokenDigits),
            TokenLifetime = Duration(t["tokenLifetime"], current.TokenLifetime, WithdrawalTypePolicy.MinTokenLifetime, WithdrawalTypePolicy.MaxTokenLifetime),
            Instructions = t["instructions"]?.Value<string>() ?? current.Instructions,
        };
        if (t["settlementDelay"] is JObject delay)
        {
            type = type with
            {
                SettlementMin = Duration(delay["min"], current.SettlementMin, TimeSpan.Zero, WithdrawalTypePolicy.MaxSettlementDelay),
                SettlementMax = Duration(delay["max"], current.SettlementMax, TimeSpan.Zero, WithdrawalTypePolicy.MaxSettlementDelay),
            };
            if (type.SettlementMin > type.SettlementMax)
            {
                Problem(delay, "settlementDelay.min must not be after settlementDelay.max");
            }
        }

        return type;
    }
}
