namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>
/// One FrontierWeb catalog item. Id, name and fixed price are the VAS document's (catalogQuery=20);
/// kind, category, network, limits and the paired pre-vend item are this simulator's fixtures.
/// </summary>
public sealed record FrontierProduct(
    int ItemId,
    string Name,
    decimal FixedPriceIncl,
    FrontierProductKind Kind,
    string Category,
    int? PrevendItemId = null,
    string? NetworkId = null,
    string? NetworkName = null,
    string? RechargeCode = null,
    decimal MinAmount = 0m,
    decimal MaxAmount = 0m)
{
    /// <summary>The additional field a vend of this item needs besides msisdn (meterNumber/accountNumber), if any.</summary>
    public string? RequiredField => Kind switch
    {
        FrontierProductKind.UtilityToken or FrontierProductKind.ReprintToken => "meterNumber",
        FrontierProductKind.BillPayment => "accountNumber",
        FrontierProductKind.PreVend when Category == FrontierProducts.Electricity => "meterNumber",
        FrontierProductKind.PreVend when Category == FrontierProducts.Television => "accountNumber",
        _ => null,
    };

    public bool IsFixedPrice => FixedPriceIncl > 0m;
}
