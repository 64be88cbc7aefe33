namespace EclipseConformance.Simulators.AtmNetwork;

/// <summary>Body of <c>POST /atm/cash-out</c>: what the customer keys in at the ATM or till.</summary>
internal sealed record AtmCashOutRequest(string? Gateway, string? Token, string? Phone, decimal? Amount, string? TerminalId);
