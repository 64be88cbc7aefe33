namespace EclipseConformance.Engine.Withdrawals;

/// <summary><c>POST /tenants/{t}/wallets/{w}/withdrawals</c> (fact sheet 4.1, REF-WD; bank fields from C-GO).</summary>
public sealed record CreateWithdrawalRequest(
    decimal? Amount,
    string? Type,
    string? ExternalUniqueId,
    string? Description,
    string? DeliverToPhone,
    string? CallbackUrl,
    string? Currency,
    string? Location,
    string? AccountNumber,
    string? AccountName,
    string? Bank,
    string? BankCountry,
    string? BranchCode,
    string? Reference);
