namespace EclipseConformance.Simulators.PayAt;

/// <summary>A fixture account: its holder, and the Pay@ response code a payment to it gets ("00" approves).</summary>
public sealed record PayAtAccount(string AccountNumber, string CustomerName, string ResponseCode, string ResponseMessage);
