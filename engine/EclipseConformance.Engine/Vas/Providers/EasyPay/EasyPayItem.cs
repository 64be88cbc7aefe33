namespace EclipseConformance.Engine.Vas;

/// <summary>One EasyPay product as the catalog shows it, plus its amount limits (a fixed price has min = max = price).</summary>
public sealed record EasyPayItem(VasProduct Product, decimal MinAmount, decimal MaxAmount);
