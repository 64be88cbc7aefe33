namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>
/// One transfer request as sent and how it was answered. <see cref="From"/> and <see cref="To"/> index the run's
/// <see cref="WalletTable"/>; the amount is in nano-units (scale 9), never floating point.
/// </summary>
public readonly record struct TransferRecord(Guid Key, int From, int To, long AmountNanos, TransferOutcome Outcome, short Status)
{
    public bool SamePayload(in TransferRecord other) => From == other.From && To == other.To && AmountNanos == other.AmountNanos;
}
