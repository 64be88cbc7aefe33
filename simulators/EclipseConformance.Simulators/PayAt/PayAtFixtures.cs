namespace EclipseConformance.Simulators.PayAt;

/// <summary>
/// The Pay@ billers (partner 14's catalog; 14577 is the VAS document's example) and the account numbers with a fixed
/// fate. Any other well-formed account is approved in Sandbox mode and not found in ProductionLike mode.
/// </summary>
public static class PayAtFixtures
{
    public const string Approved = "00";
    public const string DoNotHonour = "05";
    public const string InvalidAmount = "13";
    public const string AccountNotFound = "14";
    public const string NotFound = "25";
    public const string FormatError = "30";
    public const string IssuerUnavailable = "91";
    public const string DuplicateReference = "94";
    public const string SandboxCustomer = "PAY@ TEST CUSTOMER";

    public static IReadOnlyList<PayAtBiller> Billers { get; } =
    [
        new("14577", "City of Tshwane Rates and Taxes", "MUNICIPAL", "^[0-9]{8,20}$", 1.00m, 50_000.00m),
        new("14578", "Telkom Account", "TELECOMS", "^[0-9]{8,12}$", 1.00m, 20_000.00m),
        new("14601", "Edgars Store Card", "RETAIL", "^[0-9]{10,16}$", 10.00m, 30_000.00m),
        new("14622", "Hollard Funeral Policy", "INSURANCE", "^[A-Z0-9]{6,20}$", 50.00m, 5_000.00m),
    ];

    public static IReadOnlyList<PayAtAccount> Accounts { get; } =
    [
        new("12345678901", "P. Naidoo", Approved, "APPROVED"),
        new("98765432100", "L. Dlamini", Approved, "APPROVED"),
        new("HOL123456", "T. Mokoena", Approved, "APPROVED"),
        new("4400000014", "", AccountNotFound, "ACCOUNT NOT FOUND"),
        new("4400000005", "K. Botha", DoNotHonour, "ACCOUNT CLOSED - DO NOT HONOUR"),
        new("4400000091", "S. Pillay", IssuerUnavailable, "BILLER SYSTEM UNAVAILABLE"),
    ];

    public static PayAtBiller? Biller(string? id) => Billers.FirstOrDefault(b => b.BillerId == id);

    public static PayAtAccount? Account(string? number) => Accounts.FirstOrDefault(a => a.AccountNumber == number);
}
