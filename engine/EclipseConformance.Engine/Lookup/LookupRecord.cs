namespace EclipseConformance.Engine.Lookup;

/// <summary>
/// One result of the global wallet lookup (ADR 0021). The documents confirm only <c>walletId</c>; the rest is what
/// an integrator needs to choose the wallet (tenant, currency, status, whether it accepts cross-tenant payments) and
/// the owner's fields masked with <c>*</c> so the owner recognises them and nobody else learns them.
/// </summary>
public sealed record LookupRecord(
    long WalletId,
    long TenantId,
    string TenantName,
    string WalletFriendlyId,
    string Currency,
    string Status,
    bool Transferable,
    string FirstName,
    string LastName,
    string? Phone,
    string? NationalIdentityNumber,
    string? PassportNumber)
{
    public static LookupRecord From(LookupRow r) => new(
        r.WalletId,
        r.TenantId,
        r.TenantName,
        r.FriendlyId,
        r.Currency,
        r.Status,
        r.AcceptsCrossTenant != 0,
        Masking.Name(r.FirstName),
        Masking.Name(r.LastName),
        Masking.Phone(r.Phone, r.Country),
        Masking.Document(r.NationalIdentityNumber),
        Masking.Document(r.PassportNumber));
}
