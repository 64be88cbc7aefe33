namespace EclipseConformance.Engine.Withdrawals;

/// <summary><c>POST /sim/v1/atm/cash-out</c>: act as a customer at an ATM or till of the network simulator.</summary>
public sealed record CashOutRequest(string? Gateway, string? Token, string? Phone, decimal? Amount, string? TerminalId);
