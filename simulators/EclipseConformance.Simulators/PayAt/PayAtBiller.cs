namespace EclipseConformance.Simulators.PayAt;

/// <summary>A Pay@ biller (a product of VAS partner 14): what the account number looks like and the amount limits.</summary>
public sealed record PayAtBiller(string BillerId, string Name, string Category, string AccountRegex, decimal MinAmount, decimal MaxAmount);
