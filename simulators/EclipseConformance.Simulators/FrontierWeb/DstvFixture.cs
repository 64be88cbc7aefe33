namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>MultiChoice Botswana (DSTV) accounts behind items 1259/1260/1261.</summary>
public static class DstvFixture
{
    public sealed record Account(string AccountNumber, string CustomerName, string Bouquet, decimal AmountDue);

    /// <summary>12345678 is the VAS document's example account.</summary>
    public static IReadOnlyList<Account> Accounts { get; } =
    [
        new("12345678", "DSTV Test Customer", "DStv Compact", 33.00m),
        new("87654321", "Box Office Tester", "DStv Premium", 0.00m),
    ];

    /// <summary>An account that fails validation in every mode (responseCode 12, "ACCOUNT CLOSED").</summary>
    public const string ClosedAccount = "99999999";

    public const int ProcessorId = 301;
    public const string ProcessorDescription = "MultiChoice - Botswana";
    public const string BillerName = "MultiChoice Botswana";
    public const decimal MinVendAmount = 1.00m;
    public const decimal MaxVendAmount = 5000.00m;

    /// <summary>Smartcard/account numbers are 8 to 10 digits.</summary>
    public static bool IsWellFormed(string account) => account.Length is >= 8 and <= 10 && account.All(char.IsAsciiDigit);

    public static Account? Find(string account) => Accounts.FirstOrDefault(a => a.AccountNumber == account);
}
