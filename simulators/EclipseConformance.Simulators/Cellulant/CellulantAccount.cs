namespace EclipseConformance.Simulators.Cellulant;

/// <summary>A fixture account: its holder and what a payment to it gets (a Beep status code; 183 delivers).</summary>
public sealed record CellulantAccount(string AccountNumber, string CustomerName, int PaymentStatusCode, string PaymentStatusDescription);
