namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// The DTB examples of the VAS document (003), as printed except where the print is not JSON: the Kenya examples'
/// extraInfo strings are escaped, the URA request gets its missing comma, and "......" ends the KRA fields.
/// </summary>
internal static class DtbDocumentExamples
{
    public const string KraCatalog = """
        [{"partnerId": 19, "partnerName": "dtbQueryUtility", "providerId": 19, "products": [{"partnerId": 19, "productId": "ETAX_1020230000058238",
          "productName": "ETAX", "pinnedProduct": false, "additionalFields": [{"id": "SystemCode", "defaultValue": "PG"},
          {"id": "EslipNumber", "defaultValue": "1020230000058238"}, {"id": "PaymentAdviceDate", "defaultValue": "2023-06-19T13:25:12"},
          {"id": "TaxpayerPin", "defaultValue": "P051094777L"}, {"id": "TaxpayerFullName", "defaultValue": "Call Fast Services Limited"},
          {"id": "TotalAmount", "defaultValue": "52008620"}]}]}]
        """;

    public const string KraPayment = """
        {"externalUniqueId": "772021c2-bc1b-4a83-8c26-2ea2fe210836", "type": "GLOBAL_VAS", "paymentData": "19_ETAX_1020230000060915",
         "amount": 52008620, "currency": "KES", "additionalFields": [ ], "walletId": 830989, "customFraudChecks": false}
        """;

    public const string KraPaymentResponse = """
        {"paymentId": 453209, "externalUniqueId": "772021c2-bc1b-4a83-8c26-2ea2fe210836", "status": "PENDING", "amount": 52008620, "currency": "KES",
         "additionalFields": [ ], "acceptedCardSchemes": [ ], "cardPhone": "254729294292", "phone": "254729294292", "acceptedPaymentMechanisms": [ ],
         "paymentType": "EFT", "created": "2023-09-15T09:11:14.000Z",
         "extraInfo": "{\"dtbCallingCustomerCif\":\"65594662-bc39-4c0d-8c7c-bc7cf6012fb9\",\"dtbCallingCustomerId\":709193,\"dtbCallingCustomerOrganisation\":\"\",\"dtbSourceBankCode\":\"\",\"dtbSourceCountryCode\":\"KE\",\"dtbSourceCurrency\":\"KES\",\"dtbSourceName\":\"kuBQcxDilafNzey RQPgcyyEQNZdBLF\",\"dtbSourcePhone\":\"254729294292\",\"dtbSourceType\":\"DTB_WALLET\",\"dtbDestinationCurrency\":\"KES\"}",
         "paymentInstrumentInfo": {"cardPhone": "254729294292"}, "fee": 0, "paymentReference": "1020230000060915", "walletId": 830989, "customerId": 709193}
        """;

    public const string StarTimesPayment = """
        {"externalUniqueId": "4490d40f-f2ef-4ee6-878c-2885fd4d990c", "type": "GLOBAL_VAS", "paymentData": "19_KE-STARTIMES_1234567890", "amount": 100,
         "currency": "KES", "additionalFields": [ ], "walletId": 836788, "description": "VAS KE-STARTIMES payment for 1234567890", "customFraudChecks": false}
        """;

    public const string StarTimesPaymentResponse = """
        {"paymentId": 453215, "externalUniqueId": "019f240f-163f-43c2-a9b4-273b50e910a9", "status": "PENDING", "amount": 100,
         "description": "VAS KE-STARTIMES payment for 1234567890", "currency": "KES", "additionalFields": [ ], "acceptedCardSchemes": [ ],
         "cardPhone": "254729294292", "phone": "254729294292", "acceptedPaymentMechanisms": [ ], "paymentType": "EFT", "created": "2023-09-15T09:11:16.000Z",
         "extraInfo": "{\"dtbCallingCustomerCif\":\"65594662-bc39-4c0d-8c7c-bc7cf6012fb9\",\"dtbCallingCustomerId\":709193,\"dtbCallingCustomerOrganisation\":\"\",\"dtbSourceBankCode\":\"\",\"dtbSourceCountryCode\":\"KE\",\"dtbSourceCurrency\":\"KES\",\"dtbSourceName\":\"kuBQcxDilafNzey RQPgcyyEQNZdBLF\",\"dtbSourcePhone\":\"254729294292\",\"dtbSourceType\":\"DTB_WALLET\",\"dtbDestinationAccountNumber\":\"KE-STARTIMES\",\"dtbDestinationCurrency\":\"KES\"}",
         "paymentInstrumentInfo": {"cardPhone": "254729294292"}, "fee": 0, "paymentReference": "1234567890", "walletId": 830989, "customerId": 709193}
        """;
}
