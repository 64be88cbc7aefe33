namespace EclipseConformance.Simulators.EasyPay;

/// <summary>An EasyPay product (of VAS partner 15): a fixed price (pinned voucher, bundle) or an amount range (pinless top-up).</summary>
public sealed record EasyPayProduct(int ProductCode, string Name, string Network, string Category, decimal? FixedAmount, decimal MinAmount, decimal MaxAmount)
{
    public bool Pinned => FixedAmount is not null && Category == "AIRTIME";
}
