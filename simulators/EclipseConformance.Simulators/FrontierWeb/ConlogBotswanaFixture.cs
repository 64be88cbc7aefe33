namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>
/// The Conlog Botswana utility behind FrontierWeb items 1247/1248/1290. Meters, names, processor
/// and limits are the VAS document's sandbox values; the tariff and blocked meter are fixtures.
/// </summary>
public static class ConlogBotswanaFixture
{
    /// <summary>The document's sandbox meters: always validate and vend.</summary>
    public static IReadOnlyList<string> SandboxMeters { get; } = ["00300123452", "21500123456"];

    /// <summary>A meter that fails validation in every mode (responseCode 12, "METER BLOCKED").</summary>
    public const string BlockedMeter = "04000000001";

    public const string CustomerName = "Conlog Botswana";
    public const string Address = "1 TEST BLOCK";
    public const int ProcessorId = 215;
    public const string ProcessorDescription = "Conlog - Botswana";
    public const decimal MaxVendAmount = 1000.00m;
    public const decimal MinVendAmount = 0m;
    public const string StandNumber = "////";

    /// <summary>STS token header values shown on the document's receipt.</summary>
    public const string TokenTechnology = "02";
    public const string SupplyGroupCode = "990471";
    public const string KeyRevisionNumber = "1";
    public const string TariffIndex = "01";

    /// <summary>Fixture tariff: a flat BWP 1.20 per kWh, VAT (14 %) inclusive.</summary>
    public const decimal TariffRatePerKwh = 1.20m;
    public const decimal VatRate = 0.14m;
    public const string TariffName = "Domestic D1";

    /// <summary>Meter numbers are 11 or 13 digits (STS); anything else never validates.</summary>
    public static bool IsWellFormed(string meter) => meter.Length is 11 or 13 && meter.All(char.IsAsciiDigit);

    public static bool IsSandboxMeter(string meter) => SandboxMeters.Contains(meter);

    public static decimal UnitsFor(decimal amount) => Math.Round(amount / TariffRatePerKwh, 1, MidpointRounding.ToZero);

    public static decimal VatIn(decimal amount) => Math.Round(amount * VatRate / (1 + VatRate), 2, MidpointRounding.AwayFromZero);
}
