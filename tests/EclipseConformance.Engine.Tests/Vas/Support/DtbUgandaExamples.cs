namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>The Uganda DTB examples of the VAS document (003), as printed (the URA request gets its missing comma).</summary>
internal static class DtbUgandaExamples
{
    public const string Msisdn = """{"id": "msisdn", "title": "Phone number", "type": "NUMERIC", "regex": "^[0-9]{8,16}$"}""";

    public const string LocalCatalog = """
        [{"partnerId": 21, "partnerName": "DTBUGVasProvider", "providerId": 21, "products": [
          {"partnerId": 21, "productTypeName": "BILL", "productId": "NWSC", "productCategory": "BILL", "productDescription": "NWSC water payment", "pinnedProduct": false, "additionalFields": [
    """ + Msisdn + """
        ]},
          {"partnerId": 21, "productTypeName": "BILL", "productId": "ETAX", "productCategory": "BILL", "productDescription": "URA Tax Returns payment", "pinnedProduct": false, "additionalFields": [
    """ + Msisdn + """
        ]},
          {"partnerId": 21, "productTypeName": "BILL", "productId": "UMEME", "productCategory": "BILL", "productDescription": "Make UMEME Bill payments", "pinnedProduct": false, "additionalFields": [
    """ + Msisdn + """
        ]}]}]
        """;

    public const string NwscCatalog = """
        [{"partnerId": 21, "partnerName": "DTBUGVasProvider", "providerId": 21, "products": [{"partnerId": 21, "productId": "NWSC_21117391", "productName": "NWSC",
          "pinnedProduct": false, "additionalFields": [{"id": "CustRef", "defaultValue": "21117391"}, {"id": "PropertyRef", "defaultValue": "21/34/19/175"},
          {"id": "CustName", "defaultValue": "ROBERT MWESIGYE"}, {"id": "Area", "defaultValue": "Kampala"}, {"id": "OutstandingBal", "defaultValue": "71683"},
          {"id": "CustomerError", "defaultValue": "NONE"},
    """ + Msisdn + """
        ]}]}]
        """;

    public const string UmemeCatalog = """
        [{"partnerId": 21, "partnerName": "DTBUGVasProvider", "providerId": 21, "products": [{"partnerId": 21, "productId": "UMEME_200166426", "productName": "UMEME",
          "pinnedProduct": false, "additionalFields": [{"id": "customerRef", "defaultValue": "200166426"}, {"id": "customerType", "defaultValue": "POSTPAID"},
          {"id": "customerName", "defaultValue": "BAFUKAWA  RONALD"}, {"id": "statusDescription", "defaultValue": "SUCCESS"}, {"id": "balance", "defaultValue": "-21103"},
          {"id": "statusCode", "defaultValue": "0"}, {"id": "credit", "defaultValue": "0"},
    """ + Msisdn + """
        ]}]}]
        """;

    public const string UraCatalog = """
        [{"partnerId": 21, "partnerName": "DTBUGVasProvider", "providerId": 21, "products": [{"partnerId": 21, "productId": "ETAX_2240000621955", "productName": "ETAX",
          "pinnedProduct": false, "additionalFields": [{"id": "Prn", "defaultValue": "2240000621955"}, {"id": "Tin", "defaultValue": "1001307092"},
          {"id": "TaxpayerName", "defaultValue": "DAMBAK ENTERPRISES LIMITED"}, {"id": "Amount", "defaultValue": "25000"}, {"id": "ExpiryDt", "defaultValue": "08-FEB-24"},
          {"id": "StatusCode", "defaultValue": "T"}, {"id": "StatusDesc", "defaultValue": "RECEIVED AND CREDITED"}, {"id": "Currency"},
          {"id": "PaymentRegDt", "defaultValue": "20-NOV-23"}, {"id": "IsSentToBank", "defaultValue": "Y"},
    """ + Msisdn + """
        ]}]}]
        """;

    public const string NwscPayment = """
        {"externalUniqueId": "{{$guid}}", "type": "GLOBAL_VAS", "paymentData": "21_NWSC_21117391", "amount": 71683, "currency": "UGX",
         "additionalFields": [{"id": "destinationBranchCode", "value": "001"}, {"id": "destinationName", "value": "ROBERT MWESIGYE"}],
         "walletId": 206744, "description": "21117391", "customFraudChecks": false}
        """;

    public const string UmemePayment = """
        {"externalUniqueId": "{{$guid}}", "type": "GLOBAL_VAS", "paymentData": "21_UMEME_200166426", "amount": 29182, "currency": "UGX",
         "additionalFields": [{"id": "destinationBranchCode", "value": "001"}, {"id": "destinationName", "value": "BASEKANAKYO DEBULA"},
          {"id": "destinationType", "value": "UMEME_ACCOUNT"}, {"id": "destinationPhone", "value": "704263087"}],
         "walletId": 206744, "description": "POSTPAID", "customFraudChecks": false}
        """;

    public const string UmemeResponse = """
        {"paymentId": 142607, "externalUniqueId": "48d9b276-ad03-4ee9-9a4b-6377eb383502", "status": "PENDING", "amount": 29182.000000000, "description": "POSTPAID",
         "currency": "UGX", "additionalFields": [{"id": "destinationBranchCode", "value": "001"}, {"id": "destinationName", "value": "BASEKANAKYO DEBULA"},
          {"id": "destinationType", "value": "UMEME_ACCOUNT"}, {"id": "destinationPhone", "value": "704263087"}],
         "acceptedCardSchemes": [], "acceptedPaymentMechanisms": [], "paymentType": "EFT", "created": "2024-01-26T15:14:53.000Z",
         "extraInfo": "{\"dtbCallingCustomerCif\":\"b74f7ecb-5730-4718-ab26-32cb31f9b19f\",\"dtbCallingCustomerId\":184132,\"dtbCallingCustomerOrganisation\":\"\",\"dtbSourceAccountNumber\":\"8000020000016\",\"dtbSourceBankCode\":\"\",\"dtbSourceCountryCode\":\"UG\",\"dtbSourceCurrency\":\"UGX\",\"dtbSourceName\":\"Daphine Kajoina\",\"dtbSourcePhone\":\"256775555466\",\"dtbSourceType\":\"DTB_WALLET\",\"dtbDestinationType\":\"UMEME_ACCOUNT\",\"dtbDestinationAccountNumber\":\"UMEME\",\"dtbDestinationBankCode\":\"001\",\"dtbDestinationCountryCode\":\"KE\",\"dtbDestinationCurrency\":\"UGX\",\"dtbDestinationName\":\"BASEKANAKYO DEBULA\",\"dtbDestinationPhone\":\"704263087\"}",
         "paymentInstrumentInfo": {}, "fee": 0E-9, "paymentReference": "200166426", "walletId": 206744, "customerId": 184132,
         "gatewayTransactionId": "fa5acd83-9d3f-4571-b290-7f0f29c2fc8e"}
        """;

    public const string UraPayment = """
        {"externalUniqueId": "{{$guid}}", "type": "GLOBAL_VAS", "paymentData": "21_ETAX_1001307092", "amount": 25000, "currency": "UGX",
         "additionalFields": [{"id": "destinationBranchCode", "value": "001"}, {"id": "destinationName", "value": "DAMBAK ENTERPRISES LIMITED"}],
         "walletId": 207016, "description": "2240000621955", "customFraudChecks": false}
        """;

    public const string UraResponse = """
        {"paymentId": 150417, "externalUniqueId": "6797d402-1734-46f3-8066-73a3a2bc3860", "status": "PENDING", "amount": 25000.000000000, "description": "2240000621955",
         "currency": "UGX", "additionalFields": [{"id": "destinationBranchCode", "value": "001"}, {"id": "destinationName", "value": "DAMBAK ENTERPRISES LIMITED"}],
         "acceptedCardSchemes": [], "acceptedPaymentMechanisms": [], "paymentType": "EFT", "created": "2024-02-02T13:00:16.000Z",
         "extraInfo": "{\"dtbCallingCustomerCif\":\"a7cfe6d1-dc34-4e56-b537-0a0ac21b3bde\",\"dtbCallingCustomerId\":723689,\"dtbCallingCustomerOrganisation\":\"\",\"dtbSourceAccountNumber\":\"7053960002\",\"dtbSourceBranchCode\":\"001\",\"dtbSourceBankCode\":\"\",\"dtbSourceCountryCode\":\"UG\",\"dtbSourceCurrency\":\"UGX\",\"dtbSourceName\":\"James Madison\",\"dtbSourcePhone\":\"27987654321\",\"dtbSourceType\":\"DTB_BANK_ACCOUNT\",\"dtbDestinationBankCode\":\"001\",\"dtbDestinationCountryCode\":\"UG\",\"dtbDestinationCurrency\":\"UGX\",\"dtbDestinationName\":\"DAMBAK ENTERPRISES LIMITED\"}",
         "paymentInstrumentInfo": {}, "fee": 0E-9, "paymentReference": "1001307092", "walletId": 207016, "customerId": 723689}
        """;

    public const string MtnPayment = """
        {"externalUniqueId": "9c04cede-e105-488b-9211-ab21bf3e1db9", "type": "GLOBAL_VAS", "paymentData": "21_MTN_256779999703", "amount": 29182, "currency": "UGX",
         "additionalFields": [{"id": "destinationBranchCode", "value": "001"}, {"id": "destinationName", "value": "Martha N"},
          {"id": "destinationType", "value": "MTN_WALLET"}, {"id": "destinationPhone", "value": "256779999703"}],
         "walletId": 204142, "description": "Transfer from bank to wallet", "customFraudChecks": false}
        """;

    public const string MtnResponse = """
        {"paymentId": 172565, "externalUniqueId": "2b204a21-d686-489e-980c-9c1ff3c1ca1a", "status": "PENDING", "amount": 29182.000000000,
         "description": "Transfer from bank to wallet", "currency": "UGX", "additionalFields": [{"id": "destinationBranchCode", "value": "001"},
          {"id": "destinationName", "value": "Martha N"}, {"id": "destinationType", "value": "MTN_WALLET"}, {"id": "destinationPhone", "value": "256779999703"}],
         "acceptedCardSchemes": [], "acceptedPaymentMechanisms": [], "paymentType": "EFT", "created": "2024-02-21T07:31:33.000Z",
         "extraInfo": "{\"dtbCallingCustomerCif\":\"a7cfe6d1-dc34-4e56-b537-0a0ac21b3bde\",\"dtbCallingCustomerId\":723689,\"dtbCallingCustomerOrganisation\":\"\",\"dtbSourceAccountNumber\":\"7115418418\",\"dtbSourceBranchCode\":\"001\",\"dtbSourceBankCode\":\"\",\"dtbSourceCountryCode\":\"UG\",\"dtbSourceCurrency\":\"UGX\",\"dtbSourceName\":\"James Madison\",\"dtbSourcePhone\":\"27987654321\",\"dtbSourceType\":\"DTB_WALLET\",\"dtbDestinationType\":\"MTN_WALLET\",\"dtbDestinationAccountNumber\":\"MTN\",\"dtbDestinationBankCode\":\"001\",\"dtbDestinationCountryCode\":\"UG\",\"dtbDestinationCurrency\":\"UGX\",\"dtbDestinationName\":\"Martha N\",\"dtbDestinationPhone\":\"256779999703\"}",
         "paymentInstrumentInfo": {}, "fee": 0E-9, "paymentReference": "256779999703", "walletId": 204142, "customerId": 723689, "paymentTerminalData": {}}
        """;
}
