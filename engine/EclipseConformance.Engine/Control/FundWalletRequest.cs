namespace EclipseConformance.Engine.Control;

/// <summary><c>POST /sim/v1/wallets/{walletId}/fund</c>: top a wallet up from its tenant's float (a balanced posting).</summary>
public sealed record FundWalletRequest(decimal? Amount, string? ExternalUniqueId, string? Description);
