namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>Examples copied verbatim from the VAS document (003), used as expected shapes.</summary>
internal static class DocumentExamples
{
    /// <summary>The extraInfo of the document's GET example for a Utility Token purchase (meter 21500123456), as printed.</summary>
    public const string UtilityGetExtraInfo = """
        {"extraInfo": "[{\"att\":\"preValidationResponse\",\"val\":\"{\\\"requestId\\\":\\\"d8d61e07-3b5d-4931-b17c-f60520d915ee\\\",\\\"transactionNumber\\\":\\\"28937440802605181334\\\",\\\"itemId\\\":1247,\\\"instructionSet\\\":\\\"\\\",\\\"merchantReceipt\\\":\\\"METER: 21500123456\\\\n\\\\nTT:02  SGC:990471  KRN:1   TI:01\\\\n\\\\nNAME: Conlog Botswana\\\\nADDRESS: 1 TEST BLOCK\\\\n\\\",\\\"customerReceipt\\\":\\\"\\\",\\\"printFinancialInfo\\\":false,\\\"responseCode\\\":0,\\\"thirdPartyResponse\\\":{\\\"thirdPartyErrorResponse\\\":null,\\\"prevendResponse\\\":{\\\"utilityDetails\\\":{\\\"utilityName\\\":\\\"\\\",\\\"address\\\":\\\"\\\",\\\"contactDetails\\\":\\\"\\\",\\\"taxRef\\\":\\\"\\\",\\\"doUpdate\\\":false},\\\"processorID\\\":215,\\\"processorDescription\\\":\\\"Conlog - Botswana\\\",\\\"address\\\":\\\"1 TEST BLOCK\\\",\\\"customerName\\\":\\\"Conlog Botswana\\\",\\\"meterNumber\\\":\\\"21500123456\\\",\\\"customerIDNumber\\\":null,\\\"standNumber\\\":\\\"////\\\",\\\"town\\\":\\\"\\\",\\\"remaningQuota\\\":\\\"\\\",\\\"oustandingCharges\\\":\\\"\\\",\\\"maxVendAmount\\\":1000.00,\\\"minVendAmount\\\":0,\\\"electricityExtensions\\\":{\\\"tariffsDescription\\\":\\\"\\\",\\\"tariffs\\\":\\\"\\\",\\\"customerMessage\\\":\\\"\\\",\\\"operatorMessage\\\":\\\"\\\",\\\"chargesDetails\\\":[],\\\"arrearsDetails\\\":[],\\\"tariffBlocks\\\":[],\\\"utilityDetails\\\":{\\\"utilityName\\\":\\\"\\\",\\\"address\\\":\\\"\\\",\\\"contactDetails\\\":\\\"\\\",\\\"taxRef\\\":\\\"\\\",\\\"doUpdate\\\":false}},\\\"linkedReferenceNum\\\":\\\"\\\",\\\"balance\\\":null,\\\"availableBalance\\\":null,\\\"creditLimit\\\":null},\\\"electricityResponse\\\":null,\\\"uniPinResponse\\\":null,\\\"carwashResponse\\\":null,\\\"billPaymentResponse\\\":null,\\\"airtimeTopUpResponse\\\":null,\\\"voucherResponse\\\":null},\\\"cellMessage\\\":null,\\\"receiptFormat\\\":0,\\\"receiptFormatVersion\\\":0,\\\"receiptFormatMerchant\\\":null,\\\"receiptFormatCustomer\\\":null}\"}]"}
        """;

    /// <summary>The products of the document's <c>catalogQuery=20</c> answer, in its order: id, name, fixedPriceIncl.</summary>
    public static readonly (string Id, string Name, decimal Price)[] FrontierWebProducts =
    [
        ("500", "BE MOBILE 10", 10.00m), ("501", "BE MOBILE 20", 20.00m), ("504", "BE MOBILE 100", 100.00m), ("502", "BE MOBILE 30", 30.00m),
        ("503", "BE MOBILE 50", 50.00m), ("1259", "Bots DSTV Balance", 0.00m), ("1260", "Bots DSTV Recharge", 0.00m), ("1261", "Box Office Payment", 0.00m),
        ("2069", "BTC Check", 0.00m), ("1446", "BTC Sefalana Topup", 0.00m), ("491", "MASCOM 10", 10.00m), ("492", "MASCOM 20", 20.00m),
        ("494", "MASCOM 100", 100.00m), ("493", "MASCOM 60", 60.00m), ("1574", "Mascom Direct Ideal Topup", 0.00m), ("1910", "Mascom Direct Ideal Pre-Vend", 0.00m),
        ("496", "ORANGE 20", 20.00m), ("498", "ORANGE 100", 100.00m), ("497", "ORANGE 50", 50.00m), ("495", "ORANGE 10", 10.00m),
        ("2066", "Orange Pre-vend Ideal", 0.00m), ("2065", "Orange Topup Ideal", 0.00m), ("1247", "Utility Pre Vend", 0.00m), ("1290", "Reprint Token", 0.00m),
        ("1248", "Utility Token", 0.00m),
    ];

    /// <summary>The document's first catalog product, as printed.</summary>
    public const string FirstCatalogProduct = """
        {
            "partnerId": 20,
            "productId": "500",
            "productName": "BE MOBILE 10",
            "productDescription": "BE MOBILE 10",
            "fixedPriceIncl": 10.00,
            "pinnedProduct": false,
            "additionalFields": [
                {
                    "id": "msisdn",
                    "title": "Phone number",
                    "type": "NUMERIC",
                    "regex": "^[0-9]{8,16}$"
                }
            ]
        }
        """;
}
