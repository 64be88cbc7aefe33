namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>Examples copied verbatim from the VAS document's South African provider sections (003), used as expected shapes.</summary>
internal static class SouthAfricaExamples
{
    /// <summary>Scan to Pay, step 3: "an example of a filtered catalog response" (a Vodacom number).</summary>
    public const string ScanToPayFilteredCatalog = """
        [
          {
            "partnerId": 5,
            "partnerName": "Vodacom",
            "providerId": 1,
            "products": [
              { "partnerId": 5, "productTypeName": "SMS",     "productId": "VS02", "productName": "SMS20"     },
              { "partnerId": 5, "productTypeName": "SMS",     "productId": "VS03", "productName": "SMS50"     },
              { "partnerId": 5, "productTypeName": "SMS",     "productId": "VS04", "productName": "SMS100"    },
              { "partnerId": 5, "productTypeName": "DATA",    "productId": "VD11", "productName": "DATA75MB"  },
              { "partnerId": 5, "productTypeName": "DATA",    "productId": "VD12", "productName": "DATA240MB" },
              { "partnerId": 5, "productTypeName": "DATA",    "productId": "VD13", "productName": "DATA400MB" },
              { "partnerId": 5, "productTypeName": "DATA",    "productId": "VD14", "productName": "DATA600MB" },
              { "partnerId": 5, "productTypeName": "DATA",    "productId": "VD50", "productName": "DATA2.5GB" },
              { "partnerId": 5, "productTypeName": "AIRTIME", "productId": "01",   "productName": "100 Minutes" },
              { "partnerId": 5, "productTypeName": "AIRTIME", "productId": "03",   "productName": "500 Minutes" },
              { "partnerId": 5, "productTypeName": "AIRTIME", "productId": "05",   "productName": "250 Minutes" }
            ]
          }
        ]
        """;

    /// <summary>ACS, step 3: "a list from one of the providers" (MTN).</summary>
    public const string AcsMtnCatalog = """
        [
          {
            "partnerId": 4,
            "partnerName": "MTN",
            "providerId": 1,
            "products": [
              { "partnerId": 4, "productTypeName": "SMS",     "productId": "M502", "productName": "SMS30"      },
              { "partnerId": 4, "productTypeName": "SMS",     "productId": "M504", "productName": "SMS100"     },
              { "partnerId": 4, "productTypeName": "DATA",    "productId": "M511", "productName": "DATA350MB"  },
              { "partnerId": 4, "productTypeName": "DATA",    "productId": "M512", "productName": "DATA500MB"  },
              { "partnerId": 4, "productTypeName": "DATA",    "productId": "M513", "productName": "DATA1GB"    },
              { "partnerId": 4, "productTypeName": "DATA",    "productId": "M514", "productName": "DATA2GB"    },
              { "partnerId": 4, "productTypeName": "DATA",    "productId": "M550", "productName": "DATA100MB"  },
              { "partnerId": 4, "productTypeName": "AIRTIME", "productId": "01",   "productName": "MTN R30 Call"    },
              { "partnerId": 4, "productTypeName": "AIRTIME", "productId": "03",   "productName": "MTN R60 Call"    },
              { "partnerId": 4, "productTypeName": "AIRTIME", "productId": "05",   "productName": "MTN R180 Call"   },
              { "partnerId": 4, "productTypeName": "AIRTIME", "productId": "11",   "productName": "MTN R10 Recharge"},
              { "partnerId": 4, "productTypeName": "AIRTIME", "productId": "M500", "productName": "MTN Pinless"     }
            ]
          }
        ]
        """;

    /// <summary>The fields of the document's payment object (S-VAS), which every POST/PUT/GET answer carries.</summary>
    public static readonly string[] PaymentFields =
    [
        "paymentId", "externalUniqueId", "status", "amount", "description", "currency", "additionalFields", "paymentType", "created",
        "lastModified", "paymentData", "fee", "paymentReference", "walletId", "customerId", "gatewayTransactionId", "tracingContext",
    ];
}
