using System.Globalization;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// The request bodies of the VAS document's FrontierWeb use cases, verbatim; <see cref="For"/> fills in the
/// document's placeholders (<c>{{$randomUUID}}</c>, the example wallet 2536583) for a test's wallet.
/// </summary>
internal static class DocumentRequests
{
    public const string Utility = """
        {
            "externalUniqueId": "{{$randomUUID}}",
            "paymentData": "20_1248_1247",
            "type": "GLOBAL_VAS",
            "additionalFields": [
                {
                    "id": "msisdn",
                    "value": "772216623"
                },
                {
                    "id": "meterNumber",
                    "value": "21500123456"
                }
            ],
            "amount": 180,
            "currency": "BWP",
            "walletId": 2536583
        }
        """;

    public const string Dstv = """
        {
            "externalUniqueId": "{{$randomUUID}}",
            "paymentData": "20_1260_1259",
            "type": "GLOBAL_VAS",
            "additionalFields": [
                {
                    "id": "msisdn",
                    "value": "772216623"
                },
                {
                    "id": "accountNumber",
                    "value": "12345678"
                }
            ],
            "amount": 33,
            "currency": "BWP",
            "walletId": 2536583
        }
        """;

    public const string Airtime = """
        {
            "externalUniqueId": "{{$randomUUID}}",
            "paymentData": "20_501_0",
            "type": "GLOBAL_VAS",
            "additionalFields": [
                {
                    "id": "msisdn",
                    "value": "772216623"
                }
            ],
            "currency": "BWP",
            "walletId": 2536583
        }
        """;

    public const string UtilityWithCallback = """
        {
            "externalUniqueId": "{{$randomUUID}}",
            "paymentData": "20_1248_1247",
            "type": "GLOBAL_VAS",
            "callbackUrl": "https://channel.tenant.example.com/eclipse/vas/callback",
            "additionalFields": [
                {
                    "id": "msisdn",
                    "value": "772216623"
                },
                {
                    "id": "meterNumber",
                    "value": "21500123456"
                }
            ],
            "amount": 180,
            "currency": "BWP",
            "walletId": 2536583
        }
        """;

    /// <summary>The document's body with this test's wallet, a fresh key, and optional literal replacements.</summary>
    public static (string Body, string Key) For(string template, long walletId, params (string From, string To)[] replacements)
    {
        var key = Guid.NewGuid().ToString();
        var body = template.Replace("{{$randomUUID}}", key, StringComparison.Ordinal)
            .Replace("2536583", walletId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        foreach (var (from, to) in replacements)
        {
            body = body.Replace(from, to, StringComparison.Ordinal);
        }

        return (body, key);
    }
}
