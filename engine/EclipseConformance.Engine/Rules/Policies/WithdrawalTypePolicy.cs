namespace EclipseConformance.Engine.Rules;

/// <summary>
/// One withdrawal type as data (rule file <c>policies.withdrawalTypes.{NAME}</c>, issue 5): what the answer calls it
/// (<see cref="Category"/> is answered as <c>type</c>, the requested name as <c>gateway</c>, ADR 0022), the currency it
/// pays out, its fee, and how it completes: a cash token of <see cref="TokenDigits"/> digits valid for
/// <see cref="TokenLifetime"/>, or a bank payout settling between <see cref="SettlementMin"/> and
/// <see cref="SettlementMax"/> after creation.
/// </summary>
public sealed record WithdrawalTypePolicy
{
    public const int MinTokenDigits = 4;
    public const int MaxTokenDigits = 20;
    public static readonly TimeSpan MinTokenLifetime = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromDays(90);
    public static readonly TimeSpan MaxSettlementDelay = TimeSpan.FromDays(30);

    public required string Name { get; init; }

    /// <summary>Answered as <c>type</c> (EFT-PWM: ZA_PAYCORP_ATM is answered as type ATM).</summary>
    public string Category { get; init; } = "ATM";

    public string SubType { get; init; } = "NORMAL";

    /// <summary>Answered as <c>gateway</c>; null means the type's own name (EFT-PWM echoes the requested type).</summary>
    public string? Gateway { get; init; }

    public string Currency { get; init; } = "ZAR";

    /// <summary>Charged on top of the amount (reserved with it, paid to the tenant's fee wallet on success).</summary>
    public decimal Fee { get; init; } = 0.00m;

    public WithdrawalRedemption Redemption { get; init; } = WithdrawalRedemption.Token;

    public int TokenDigits { get; init; } = 6;

    /// <summary>EFT-PWM's example token expires 6 days after it was created.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromDays(6);

    public TimeSpan SettlementMin { get; init; }

    public TimeSpan SettlementMax { get; init; }

    /// <summary>How to use the token; sent in the SMS after the token itself.</summary>
    public string Instructions { get; init; } = "";

    public bool IsToken => Redemption == WithdrawalRedemption.Token;

    public string GatewayName => Gateway ?? Name;

    /// <summary>The shipped types (rules/defaults/00-policies.yaml restates them).</summary>
    public static IReadOnlyDictionary<string, WithdrawalTypePolicy> Defaults { get; } = new Dictionary<string, WithdrawalTypePolicy>(StringComparer.Ordinal)
    {
        ["ZA_PAYCORP_ATM"] = new()
        {
            Name = "ZA_PAYCORP_ATM",
            Category = "ATM",
            TokenDigits = 6,
            Instructions = "At any Paycorp ATM choose cardless withdrawal, then enter your phone number and this token.",
        },
        ["ZA_PNP_CASH_TOKEN"] = new()
        {
            Name = "ZA_PNP_CASH_TOKEN",
            Category = "CASH",
            TokenDigits = 10,
            Instructions = "At any Pick n Pay till ask for a cash withdrawal and give your phone number and this token.",
        },
        ["ZA_NEDBANK_EFT"] = new()
        {
            Name = "ZA_NEDBANK_EFT",
            Category = "EFT",
            Redemption = WithdrawalRedemption.BankPayout,
            SettlementMin = TimeSpan.FromDays(1),
            SettlementMax = TimeSpan.FromDays(1),
        },
        ["ZA_NEDBANK_EFT_IMMEDIATE"] = new()
        {
            Name = "ZA_NEDBANK_EFT_IMMEDIATE",
            Category = "EFT",
            SubType = "IMMEDIATE",
            Redemption = WithdrawalRedemption.BankPayout,
            SettlementMin = TimeSpan.FromMinutes(5),
            SettlementMax = TimeSpan.FromMinutes(60),
        },
    };
}
