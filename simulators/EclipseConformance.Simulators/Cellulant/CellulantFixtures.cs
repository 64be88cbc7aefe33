namespace EclipseConformance.Simulators.Cellulant;

/// <summary>
/// Cellulant's services per country (the VAS document's example is KE-DSTV package DSTVTESTKE, 517 KES) and the account
/// numbers with a fixed fate. Status codes follow Cellulant's Beep API style (ADR 0031). In Sandbox mode any other
/// account of 6-20 letters/digits is found (holder <see cref="SandboxCustomer"/>); in ProductionLike mode it is not.
/// </summary>
public static class CellulantFixtures
{
    public const int AuthSuccess = 131;
    public const int AuthFailed = 132;
    public const int PaymentAccepted = 139;
    public const int PaymentRejected = 140;
    public const int InvalidRequest = 141;
    public const int TransactionNotFound = 143;
    public const int BillFound = 173;
    public const int BillNotFound = 174;
    public const int PaymentDelivered = 183;
    public const string SandboxCustomer = "CELLULANT TEST CUSTOMER";

    public static IReadOnlyList<CellulantService> Services { get; } =
    [
        new("KE", "KE-DSTV", "DStv Kenya", "KES", 10m, 50_000m,
            [new("DSTVTESTKE", "DStv Test Package", 517.00m), new("DSTVCOMPACTKE", "DStv Compact", 2_700.00m), new("DSTVFAMILYKE", "DStv Family", 1_150.00m)]),
        new("KE", "KE-ZUKU", "Zuku TV", "KES", 10m, 50_000m,
            [new("ZUKUSMART", "Zuku Smart", 1_099.00m), new("ZUKUCLASSIC", "Zuku Classic", 1_799.00m)]),
        new("KE", "KE-KPLC-PREPAID", "KPLC Prepaid Tokens", "KES", 100m, 35_000m, [new("TOKEN", "KPLC Prepaid Token", null)]),
        new("KE", "KE-SAFARICOM-AIRTIME", "Safaricom Airtime", "KES", 10m, 10_000m, [new("AIRTIME", "Safaricom Airtime", null)]),
        new("UG", "UG-DSTV", "DStv Uganda", "UGX", 1_000m, 2_000_000m,
            [new("DSTVACCESSUG", "DStv Access", 29_000.00m), new("DSTVFAMILYUG", "DStv Family", 44_000.00m)]),
        new("UG", "UG-MTN-AIRTIME", "MTN Uganda Airtime", "UGX", 500m, 500_000m, [new("AIRTIME", "MTN Airtime", null)]),
    ];

    public static IReadOnlyList<CellulantAccount> Accounts { get; } =
    [
        new("042381176772", "JOHN KAMAU", PaymentDelivered, "Payment delivered to the biller"),
        new("7012345678", "AMINA WANJIRU", PaymentDelivered, "Payment delivered to the biller"),
        new("1402140214", "OTIENO ODHIAMBO", PaymentRejected, "Payment rejected by the biller: account suspended"),
        new("1742174217", "", BillNotFound, "Account not found"),
    ];

    public static CellulantService? Service(string? country, string? code) =>
        Services.FirstOrDefault(s => s.CountryCode == country && s.ServiceCode == code);

    public static CellulantAccount? Account(string? number) => Accounts.FirstOrDefault(a => a.AccountNumber == number);
}
