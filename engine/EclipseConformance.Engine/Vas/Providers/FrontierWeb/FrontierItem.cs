namespace EclipseConformance.Engine.Vas;

/// <summary>
/// One FrontierWeb catalog item: the product as the channel sees it, plus what GetProductList says about selling it
/// (vend type, its pre-vend item, the fields it needs besides msisdn, amount limits; 0 = none stated).
/// </summary>
public sealed record FrontierItem(
    VasProduct Product,
    string VendType,
    string? PrevendProductId,
    IReadOnlyList<string> RequiredFields,
    decimal MinAmount,
    decimal MaxAmount)
{
    public bool IsPrevendOnly => VendType == "PreVend";
}
