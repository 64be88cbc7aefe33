namespace EclipseConformance.Simulators.Acs;

/// <summary>
/// The ACS catalogue. MTN's items are the document's list (S-VAS "Purchase VAS from ACS", step 3) verbatim; Vodacom's
/// are the document's Vodacom data/SMS codes; <c>E001</c> is prepaid electricity (needs a meterNumber; answers an UnPin
/// and the USSD string to dial). Magic values (simulators/README.md): a msisdn ending in
/// <see cref="InvalidSubscriberSuffix"/> → E14; meter <see cref="BlockedMeter"/> → E21; an amount outside
/// 1–<see cref="MaxAmount"/> → E13; a meter that is not 11 digits → E20.
/// </summary>
public static class AcsFixtures
{
    public const string InvalidSubscriberSuffix = "0000";
    public const string BlockedMeter = "04000000000";
    public const string ElectricityCode = "E001";
    public const decimal MaxAmount = 2000m;

    /// <summary>
    /// The USSD string shown with an UnPin. The document names it ("USSD String") without printing the number, so this
    /// is a simulator placeholder of that form (ADR 0028), naming the meter.
    /// </summary>
    public static string UssdString(string meterNumber) => "*120*3535*" + meterNumber + "#";

    public static IReadOnlyList<AcsProduct> Products { get; } =
    [
        new("MTN", "M502", "SMS30", "SMS"),
        new("MTN", "M504", "SMS100", "SMS"),
        new("MTN", "M511", "DATA350MB", "DATA"),
        new("MTN", "M512", "DATA500MB", "DATA"),
        new("MTN", "M513", "DATA1GB", "DATA"),
        new("MTN", "M514", "DATA2GB", "DATA"),
        new("MTN", "M550", "DATA100MB", "DATA"),
        new("MTN", "01", "MTN R30 Call", "AIRTIME"),
        new("MTN", "03", "MTN R60 Call", "AIRTIME"),
        new("MTN", "05", "MTN R180 Call", "AIRTIME"),
        new("MTN", "11", "MTN R10 Recharge", "AIRTIME"),
        new("MTN", "M500", "MTN Pinless", "AIRTIME"),
        new("VODACOM", "VS02", "SMS20", "SMS"),
        new("VODACOM", "VS04", "SMS100", "SMS"),
        new("VODACOM", "VD11", "DATA75MB", "DATA"),
        new("VODACOM", "VD50", "DATA2.5GB", "DATA"),
        new("ELECTRICITY", ElectricityCode, "Prepaid Electricity", "ELECTRICITY"),
    ];

    public static AcsProduct? ByCode(string code) => Products.FirstOrDefault(p => p.Code == code);
}
