namespace EclipseConformance.Engine.Ledger;

/// <summary>A wallet as read (and locked) inside a ledger transaction; its balance moves as the batch is decided.</summary>
public sealed class WalletState
{
    public required long WalletId { get; init; }

    public required long TenantId { get; init; }

    public required long? CustomerId { get; init; }

    public required string Currency { get; init; }

    public required string Status { get; init; }

    public required long Balance { get; set; }

    public required long Reserved { get; init; }

    public required bool AllowNegative { get; init; }

    public required bool AcceptsCrossTenant { get; init; }

    /// <summary>The wallet's type (wallet_types row); wallet-movement notifications are configured per type.</summary>
    public long WalletTypeId { get; init; }

    public bool Dirty { get; set; }

    public long Available => Balance - Reserved;
}
