using System.Globalization;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>The token SMS: amount, token, the type's instructions and the expiry in the limit policy's time zone.</summary>
public static class SmsText
{
    public static string For(Withdrawal w, WithdrawalTypePolicy? type, TimeZoneInfo zone)
    {
        var amount = new Money(w.Amount).ToDecimal().ToString("0.00#######", CultureInfo.InvariantCulture);
        var money = w.Currency == "ZAR" ? "R" + amount : $"{w.Currency} {amount}";
        var expires = w.ExpiresMs is { } ms
            ? " Valid until " + TimeZoneInfo.ConvertTime(Timestamps.FromUnixMs(ms), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "."
            : "";
        var instructions = string.IsNullOrWhiteSpace(type?.Instructions) ? "" : " " + type!.Instructions.Trim();
        return $"You have a cash withdrawal of {money} waiting. Token: {w.Token}.{instructions}{expires}";
    }
}
