namespace EclipseConformance.Engine.Vas;

/// <summary>One Pay@ biller as the catalog shows it, plus what selling it needs (account regex, amount limits).</summary>
public sealed record PayAtItem(VasProduct Product, string AccountRegex, decimal MinAmount, decimal MaxAmount);
