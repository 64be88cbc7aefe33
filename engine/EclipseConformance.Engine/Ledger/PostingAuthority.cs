using EclipseConformance.Engine.Identity;

namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// On whose behalf a posting is made, checked against the wallets as they are inside the transaction:
/// debits only from wallets the caller may spend from, credits across tenants only for global integrators
/// into tenants that accept them, negative balances only where the wallet type allows or a privileged
/// caller asked to ignore limits.
/// </summary>
public sealed record PostingAuthority(AuthorityLevel Level, long TenantId, long? CustomerId, bool IgnoreLimits)
{
    public static readonly PostingAuthority System = new(AuthorityLevel.System, 0, null, false);

    public static PostingAuthority For(Caller caller, bool ignoreLimits) => new(
        caller.IsGlobalAdmin ? AuthorityLevel.GlobalAdmin
        : caller.IsGlobalIntegrator ? AuthorityLevel.GlobalIntegrator
        : caller.IsTenantSystem ? AuthorityLevel.TenantSystem
        : AuthorityLevel.Customer,
        caller.TenantId,
        caller.CustomerId,
        ignoreLimits);

    public bool MayDebit(WalletState wallet) => Level switch
    {
        AuthorityLevel.System or AuthorityLevel.GlobalAdmin => true,
        AuthorityLevel.TenantSystem or AuthorityLevel.GlobalIntegrator => wallet.TenantId == TenantId,
        _ => wallet.TenantId == TenantId && CustomerId is not null && wallet.CustomerId == CustomerId,
    };

    public bool MayCredit(WalletState wallet) => Level switch
    {
        AuthorityLevel.System or AuthorityLevel.GlobalAdmin => true,
        AuthorityLevel.GlobalIntegrator => wallet.TenantId == TenantId || wallet.AcceptsCrossTenant,
        _ => wallet.TenantId == TenantId,
    };

    public bool MayOverdraw(WalletState wallet) =>
        wallet.AllowNegative || (IgnoreLimits && Level is AuthorityLevel.System or AuthorityLevel.GlobalAdmin);
}
