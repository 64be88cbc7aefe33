namespace EclipseConformance.Engine.Rules;

/// <summary>Wallet-movement notification delivery (wire SINGLE_ATTEMPT from WMN, RETRY_WITH_BACKOFF from EFT-NOTIF).</summary>
public enum WalletMovementDelivery
{
    SingleAttempt,
    RetryWithBackoff,
}
