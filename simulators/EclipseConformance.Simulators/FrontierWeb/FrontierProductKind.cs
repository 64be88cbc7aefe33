namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>How a FrontierWeb item is sold (decides the operation and the thirdPartyResponse slot).</summary>
public enum FrontierProductKind
{
    /// <summary>Fixed-price airtime voucher: Vend → voucherResponse.saleItemList (serial, PIN, expiry).</summary>
    PinnedAirtime,

    /// <summary>Variable-amount direct top-up: Vend → airtimeTopUpResponse.</summary>
    DirectTopUp,

    /// <summary>Validation-only item: PreVend → prevendResponse; cannot be vended.</summary>
    PreVend,

    /// <summary>Prepaid electricity token: Vend → electricityResponse with a 20-digit token.</summary>
    UtilityToken,

    /// <summary>Bill payment / subscription recharge: Vend → billPaymentResponse.</summary>
    BillPayment,

    /// <summary>Reprint of the last utility token of a meter: Vend → electricityResponse (reprint).</summary>
    ReprintToken,
}
