namespace EclipseConformance.Engine.Rules;

/// <summary>A wallet-to-wallet transfer request after field validation (<c>on: transfer</c>).</summary>
public sealed class TransferFacts : IRuleFacts
{
    public static DecisionPoint DecisionPoint => DecisionPoint.Transfer;

    public long TenantId { get; init; }

    public long CallerTenantId { get; init; }

    public string CallerIdentity { get; init; } = "";

    public bool IsGlobalIntegrator { get; init; }

    public bool IsGlobalAdmin { get; init; }

    public long FromWalletId { get; init; }

    public long ToWalletId { get; init; }

    public decimal Amount { get; init; }

    public string ExternalUniqueId { get; init; } = "";

    public string Description { get; init; } = "";

    public bool OnlyCheck { get; init; }
}
