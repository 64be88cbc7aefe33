using System.Globalization;
using System.Text.RegularExpressions;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// Real ids from the demo world, so a generated request reaches past routing and authorisation into validation and
/// the business code; and a plausible value for every body property, which a case then makes hostile.
/// </summary>
public sealed partial class FuzzWorld(EngineFixture engine)
{
    private long _next;

    public EngineFixture Engine => engine;

    public SeedCustomers Customers { get; } = SeedCustomers.From(engine);

    public SeedCustomers VasCustomers { get; } = SeedCustomers.Vas(engine);

    /// <summary>VAS routes aim at the tenant whose currency the catalogue sells in; everything else at the first tenant.</summary>
    public SeedCustomers Target(string pattern) => pattern.Contains("/payments", StringComparison.Ordinal) || pattern.Contains("/vas/", StringComparison.Ordinal)
        ? VasCustomers
        : Customers;

    public string FillPath(string pattern, string? hostileId = null)
    {
        string Inv(long v) => v.ToString(CultureInfo.InvariantCulture);
        var customers = Target(pattern);
        var path = TenantId().Replace(pattern, hostileId ?? Inv(customers.TenantId));
        path = CustomerId().Replace(path, hostileId ?? Inv(customers.CustomerId));
        path = WalletId().Replace(path, hostileId ?? Inv(customers.WalletId));
        path = NameOrUpstream().Replace(path, "sms");
        return AnyId().Replace(path, hostileId ?? "1");
    }

    /// <summary>A plausible JSON value (raw text) for a body property, or null to leave an optional property out.</summary>
    public string? Plausible(string operation, string name, FieldKind kind)
    {
        var unique = Interlocked.Increment(ref _next).ToString("D6", CultureInfo.InvariantCulture);
        var customers = Target(operation);
        return (name, kind) switch
        {
            ("amount", _) => "1.25",
            ("fromWalletId" or "walletId", _) => Inv(customers.WalletId),
            ("toWalletId", _) => Inv(customers.OtherWalletId),
            ("type", _) when operation.Contains("withdrawals", StringComparison.Ordinal) => "\"ZA_PAYCORP_ATM\"",
            ("type", _) when operation.Contains("payments", StringComparison.Ordinal) => "\"GLOBAL_VAS\"",
            ("paymentData", _) => "\"20_501_0\"",
            ("currency", _) => HostileValues.Literal(customers.Currency),
            ("externalUniqueId", _) => HostileValues.Literal("fuzz-" + unique),
            ("identity", _) => HostileValues.Literal("fuzz-nobody-" + unique),
            ("password", _) => "\"not-the-password\"",
            ("phone1" or "phone" or "deliverToPhone" or "msisdn", _) => "\"0825550000\"",
            ("email", _) => "\"fuzz@example.invalid\"",
            ("dateOfBirth", _) => "\"1990-01-01\"",
            ("callbackUrl" or "landingUrl", _) => "\"http://127.0.0.1:9/fuzz\"",
            ("replyPolicy", _) => "\"WHEN_COMPLETE\"",
            ("gender", _) => "\"F\"",
            ("status", _) => "\"ACTIVE\"",
            ("friendlyId", _) => "\"FZ" + unique + "\"",
            ("firstName" or "lastName" or "name" or "description" or "reference" or "accountName", _) => HostileValues.Literal("Fuzz " + unique),
            ("gateway" or "token" or "terminalId" or "header" or "body" or "key" or "upstream" or "jwt", _) => HostileValues.Literal("fuzz-" + unique),
            ("additionalFields", _) => """[{"id":"msisdn","value":"772216623"}]""",
            (_, FieldKind.Boolean) => "false",
            _ => null,
        };

        static string Inv(long v) => v.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\{tenantId[^}]*\}")]
    private static partial Regex TenantId();

    [GeneratedRegex(@"\{customerId[^}]*\}")]
    private static partial Regex CustomerId();

    [GeneratedRegex(@"\{walletId[^}]*\}")]
    private static partial Regex WalletId();

    [GeneratedRegex(@"\{(name|upstream)\}")]
    private static partial Regex NameOrUpstream();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex AnyId();
}
