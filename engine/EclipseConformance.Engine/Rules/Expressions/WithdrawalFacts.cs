namespace EclipseConformance.Engine.Rules;

/// <summary>A withdrawal request (<c>on: withdrawal</c>).</summary>
public sealed class WithdrawalFacts : IRuleFacts
{
    public static DecisionPoint DecisionPoint => DecisionPoint.Withdrawal;

    public long TenantId { get; init; }

    public long WalletId { get; init; }

    public decimal Amount { get; init; }

    public string Currency { get; init; } = "";

    public string Type { get; init; } = "";

    public string DeliverToPhone { get; init; } = "";

    public string ExternalUniqueId { get; init; } = "";
}
