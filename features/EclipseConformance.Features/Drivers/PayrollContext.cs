using EclipseConformance.TestKit;

namespace EclipseConformance.Features.Drivers;

/// <summary>A scenario's disbursement state: the stored walletIds, the payments made and the balances before them.</summary>
public sealed class PayrollContext
{
    public List<StoredWallet> Stored { get; } = [];

    public List<Payment> Payments { get; } = [];

    public Dictionary<long, decimal> BalancesBefore { get; } = [];

    public decimal DisbursementBefore { get; set; }

    public StoredWallet? Target { get; set; }
}

public sealed record StoredWallet(long TenantId, long WalletId);

public sealed record Payment(StoredWallet To, decimal Amount, string ExternalUniqueId, ApiResponse Response);
