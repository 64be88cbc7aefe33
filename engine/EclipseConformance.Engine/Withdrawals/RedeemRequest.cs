namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// <c>POST /sim/v1/withdrawals/{id}/redeem</c>: the token was used. The ATM network simulator sends what the customer
/// keyed in (token and phone are then checked); a simulator admin may send nothing.
/// </summary>
public sealed record RedeemRequest(string? Reference, string? Gateway, string? Token, string? Phone, decimal? Amount, string? TerminalId);
