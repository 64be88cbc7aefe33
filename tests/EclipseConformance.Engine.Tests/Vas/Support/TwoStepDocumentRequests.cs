namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>The Pay@, EasyPay and Cellulant request bodies of the VAS document (003), verbatim with their placeholders.</summary>
internal static class TwoStepDocumentRequests
{
    public const string PayAtPost = """
        { 
              "additionalFields": [ 
                { 
                  "id": "accountNumber", 
                  "value": "xxxxxxxxxxxx" 
                } 
              ], 
              "callbackUrl": "http://www.blankwebsite.com", 
              "externalUniqueId": "9e60398d-6ddd-4f46-b6cd-2081c872b2ea", 
              "paymentData": "14_14577", 
              "type": "GLOBAL_VAS" 
        }
        """;

    public const string PayAtPut = """
        { 
              "amount": 150, 
              "walletId": XXX, 
              "externalUniqueId":"9e60398d-6ddd-4f46-b6cd-2081c872b2ea" 
        }
        """;

    public const string EasyPayPost = """
        { 
          "additionalFields": [ 
            { 
              "id": "msisdn", 
              "value": "xxxxxxxxxxxxx" 
            } 
          ], 
          "landingUrl": "https://www.google.com/", 
          "callbackUrl": "http://www.blankwebsite.com", 
          "externalUniqueId": "29agd6z317d519e87211", 
          "paymentData": "15_1764", 
          "type": "GLOBAL_VAS", 
          "phone": "xxxxxxxxxxxxx", 
          "walletId": XXX 
        }
        """;

    public const string EasyPayPut = """
        { 
              "amount": 150, 
              "walletId": XXX, 
              "externalUniqueId":"29agd6z317d519e87211" 
        }
        """;

    public const string CellulantPost = """
        {
          "additionalFields": [
            {
              "id": "msisdn",
              "value": "xxxxxxxxxxxxx"
            }
          ],
          "landingUrl": "https://www.google.com/",
          "callbackUrl": "http://www.blankwebsite.com",
          "externalUniqueId": "abcd1234a",
          "paymentData": "17_254707720002_042381176772_KE-DSTV_DSTVTESTKE",
          "type": "GLOBAL_VAS",
          "currency": "ZAR",
          "walletId": XXX
        }
        """;

    public const string CellulantPut = """
        {
          "amount": 517,
          "walletId":476,
          "landingUrl": "https://www.google.com/"
        }
        """;

    public const string CellulantCatalogQuery = "17_254707720002_042381176772_KE-DSTV";
}
