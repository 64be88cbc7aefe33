namespace EclipseConformance.Features.Drivers;

/// <summary>The FrontierWeb request bodies of the VAS document, verbatim (placeholders: {{$randomUUID}}, wallet 2536583).</summary>
public static class VasDocumentRequests
{
    public static string For(string useCase) => useCase switch
    {
        "utility token" => """
            {
                "externalUniqueId": "{{$randomUUID}}",
                "paymentData": "20_1248_1247",
                "type": "GLOBAL_VAS",
                "additionalFields": [
                    { "id": "msisdn", "value": "772216623" },
                    { "id": "meterNumber", "value": "21500123456" }
                ],
                "amount": 180,
                "currency": "BWP",
                "walletId": 2536583
            }
            """,
        "DSTV recharge" => """
            {
                "externalUniqueId": "{{$randomUUID}}",
                "paymentData": "20_1260_1259",
                "type": "GLOBAL_VAS",
                "additionalFields": [
                    { "id": "msisdn", "value": "772216623" },
                    { "id": "accountNumber", "value": "12345678" }
                ],
                "amount": 33,
                "currency": "BWP",
                "walletId": 2536583
            }
            """,
        "airtime" => """
            {
                "externalUniqueId": "{{$randomUUID}}",
                "paymentData": "20_501_0",
                "type": "GLOBAL_VAS",
                "additionalFields": [
                    { "id": "msisdn", "value": "772216623" }
                ],
                "currency": "BWP",
                "walletId": 2536583
            }
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(useCase), useCase, "Use case of the VAS document: utility token, DSTV recharge, airtime"),
    };
}
