namespace EclipseConformance.Simulators.EasyPay;

/// <summary>
/// EasyPay's products (partner 15; 1764 is the VAS document's example) and the subscriber numbers with a fixed fate.
/// Any other South African mobile number (0XXXXXXXXX or 27XXXXXXXXX) is approved in Sandbox mode; in ProductionLike
/// mode only the approved fixtures are.
/// </summary>
public static class EasyPayFixtures
{
    public const int Approved = 0;
    public const int Declined = 5;
    public const int InvalidAmount = 13;
    public const int SubscriberNotFound = 14;
    public const int NotFound = 25;
    public const int FormatError = 30;
    public const int NetworkUnavailable = 91;
    public const int DuplicateReference = 94;

    public static IReadOnlyList<EasyPayProduct> Products { get; } =
    [
        new(1764, "Vodacom Airtime", "Vodacom", "AIRTIME", null, 2.00m, 1_000.00m),
        new(1765, "MTN Airtime", "MTN", "AIRTIME", null, 2.00m, 1_000.00m),
        new(1790, "Vodacom R29 Airtime Voucher", "Vodacom", "AIRTIME", 29.00m, 29.00m, 29.00m),
        new(1812, "Telkom Mobile 1GB Data", "Telkom", "DATA", 99.00m, 99.00m, 99.00m),
        new(1850, "Cell C 100 SMS Pack", "Cell C", "SMS", 15.00m, 15.00m, 15.00m),
    ];

    /// <summary>International number → (response code, message); "0" approves.</summary>
    public static IReadOnlyDictionary<string, (int Code, string Message)> Subscribers { get; } = new Dictionary<string, (int, string)>(StringComparer.Ordinal)
    {
        ["27821234567"] = (Approved, "Approved"),
        ["27831234567"] = (Approved, "Approved"),
        ["27820000014"] = (SubscriberNotFound, "Subscriber not found"),
        ["27820000005"] = (Declined, "Subscriber barred"),
        ["27820000091"] = (NetworkUnavailable, "Network unavailable, try again later"),
    };

    public static EasyPayProduct? Product(int? code) => Products.FirstOrDefault(p => p.ProductCode == code);

    /// <summary>27XXXXXXXXX for a South African mobile number given as 0XXXXXXXXX, 27XXXXXXXXX or +27XXXXXXXXX; null otherwise.</summary>
    public static string? International(string? msisdn)
    {
        var digits = msisdn?.Trim().TrimStart('+');
        if (digits is null || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return digits switch
        {
            { Length: 10 } when digits[0] == '0' => "27" + digits[1..],
            { Length: 11 } when digits.StartsWith("27", StringComparison.Ordinal) => digits,
            _ => null,
        };
    }
}
