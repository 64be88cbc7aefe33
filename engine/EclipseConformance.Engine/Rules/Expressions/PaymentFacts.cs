namespace EclipseConformance.Engine.Rules;

/// <summary>A payment (VAS) request (<c>on: payment</c>).</summary>
public sealed class PaymentFacts : IRuleFacts
{
    public static DecisionPoint DecisionPoint => DecisionPoint.Payment;

    public long TenantId { get; init; }

    public long CustomerId { get; init; }

    public long WalletId { get; init; }

    public decimal Amount { get; init; }

    public string Currency { get; init; } = "";

    public string Type { get; init; } = "";

    public string PaymentData { get; init; } = "";

    public long PartnerId { get; init; }

    public string ProductId { get; init; } = "";

    public string ProductCategory { get; init; } = "";
}
