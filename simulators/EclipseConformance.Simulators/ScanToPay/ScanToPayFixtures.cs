namespace EclipseConformance.Simulators.ScanToPay;

/// <summary>
/// The Scan to Pay product list. Vodacom's products are the document's filtered catalog (S-VAS "Purchase VAS from Scan
/// to Pay", step 3) verbatim; MTN's are the document's MTN list (ACS section) without the airtime codes that Vodacom
/// already uses (01, 03, 05), since product codes are unique within partner 5. Magic values: a msisdn ending in
/// <see cref="InvalidSubscriberSuffix"/> is refused (code 14), an amount outside 1–<see cref="MaxAmount"/> is refused
/// (code 13). See simulators/README.md.
/// </summary>
public static class ScanToPayFixtures
{
    public const string InvalidSubscriberSuffix = "0000";
    public const decimal MaxAmount = 1000m;

    public static IReadOnlyList<ScanToPayProduct> Products { get; } =
    [
        new("VODACOM", "VS02", "SMS20", "SMS"),
        new("VODACOM", "VS03", "SMS50", "SMS"),
        new("VODACOM", "VS04", "SMS100", "SMS"),
        new("VODACOM", "VD11", "DATA75MB", "DATA"),
        new("VODACOM", "VD12", "DATA240MB", "DATA"),
        new("VODACOM", "VD13", "DATA400MB", "DATA"),
        new("VODACOM", "VD14", "DATA600MB", "DATA"),
        new("VODACOM", "VD50", "DATA2.5GB", "DATA"),
        new("VODACOM", "01", "100 Minutes", "AIRTIME"),
        new("VODACOM", "03", "500 Minutes", "AIRTIME"),
        new("VODACOM", "05", "250 Minutes", "AIRTIME"),
        new("MTN", "M502", "SMS30", "SMS"),
        new("MTN", "M504", "SMS100", "SMS"),
        new("MTN", "M511", "DATA350MB", "DATA"),
        new("MTN", "M512", "DATA500MB", "DATA"),
        new("MTN", "M513", "DATA1GB", "DATA"),
        new("MTN", "M514", "DATA2GB", "DATA"),
        new("MTN", "M550", "DATA100MB", "DATA"),
        new("MTN", "11", "MTN R10 Recharge", "AIRTIME"),
        new("MTN", "M500", "MTN Pinless", "AIRTIME"),
    ];

    public static ScanToPayProduct? ByCode(string code) => Products.FirstOrDefault(p => p.ProductCode == code);
}
