namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>A wallet a run may touch: its id, its tenant (for the API path) and its balance before the run (nano-units).</summary>
public sealed record WalletRef(long WalletId, long TenantId, string Currency)
{
    public long InitialBalanceNanos { get; set; }
}
