namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>
/// The FrontierWeb catalog: every product of the VAS document's catalogQuery=20 answer, in the
/// document's order, with the document's ids, names and fixed prices.
/// </summary>
public static class FrontierProducts
{
    public const string Airtime = "AIRTIME";
    public const string Electricity = "ELECTRICITY";
    public const string Television = "TV";

    private const string BeMobile = "BW-BTC";
    private const string Mascom = "BW-MASCOM";
    private const string Orange = "BW-ORANGE";

    public static IReadOnlyList<FrontierProduct> All { get; } =
    [
        Voucher(500, "BE MOBILE 10", 10.00m, BeMobile, "BE MOBILE", "*104*{PIN}#"),
        Voucher(501, "BE MOBILE 20", 20.00m, BeMobile, "BE MOBILE", "*104*{PIN}#"),
        Voucher(504, "BE MOBILE 100", 100.00m, BeMobile, "BE MOBILE", "*104*{PIN}#"),
        Voucher(502, "BE MOBILE 30", 30.00m, BeMobile, "BE MOBILE", "*104*{PIN}#"),
        Voucher(503, "BE MOBILE 50", 50.00m, BeMobile, "BE MOBILE", "*104*{PIN}#"),
        new(1259, "Bots DSTV Balance", 0.00m, FrontierProductKind.PreVend, Television),
        new(1260, "Bots DSTV Recharge", 0.00m, FrontierProductKind.BillPayment, Television, 1259, MinAmount: 1.00m, MaxAmount: 5000.00m),
        new(1261, "Box Office Payment", 0.00m, FrontierProductKind.BillPayment, Television, 1259, MinAmount: 1.00m, MaxAmount: 5000.00m),
        new(2069, "BTC Check", 0.00m, FrontierProductKind.PreVend, Airtime, NetworkId: BeMobile, NetworkName: "BE MOBILE"),
        TopUp(1446, "BTC Sefalana Topup", 2069, BeMobile, "BE MOBILE"),
        Voucher(491, "MASCOM 10", 10.00m, Mascom, "MASCOM", "*100*{PIN}#"),
        Voucher(492, "MASCOM 20", 20.00m, Mascom, "MASCOM", "*100*{PIN}#"),
        Voucher(494, "MASCOM 100", 100.00m, Mascom, "MASCOM", "*100*{PIN}#"),
        Voucher(493, "MASCOM 60", 60.00m, Mascom, "MASCOM", "*100*{PIN}#"),
        TopUp(1574, "Mascom Direct Ideal Topup", 1910, Mascom, "MASCOM"),
        new(1910, "Mascom Direct Ideal Pre-Vend", 0.00m, FrontierProductKind.PreVend, Airtime, NetworkId: Mascom, NetworkName: "MASCOM"),
        Voucher(496, "ORANGE 20", 20.00m, Orange, "ORANGE", "*125*{PIN}#"),
        Voucher(498, "ORANGE 100", 100.00m, Orange, "ORANGE", "*125*{PIN}#"),
        Voucher(497, "ORANGE 50", 50.00m, Orange, "ORANGE", "*125*{PIN}#"),
        Voucher(495, "ORANGE 10", 10.00m, Orange, "ORANGE", "*125*{PIN}#"),
        new(2066, "Orange Pre-vend Ideal", 0.00m, FrontierProductKind.PreVend, Airtime, NetworkId: Orange, NetworkName: "ORANGE"),
        TopUp(2065, "Orange Topup Ideal", 2066, Orange, "ORANGE"),
        new(1247, "Utility Pre Vend", 0.00m, FrontierProductKind.PreVend, Electricity),
        new(1290, "Reprint Token", 0.00m, FrontierProductKind.ReprintToken, Electricity),
        new(1248, "Utility Token", 0.00m, FrontierProductKind.UtilityToken, Electricity, 1247),
    ];

    public static FrontierProduct? Find(int itemId) => All.FirstOrDefault(p => p.ItemId == itemId);

    private static FrontierProduct Voucher(int id, string name, decimal price, string network, string networkName, string rechargeCode) =>
        new(id, name, price, FrontierProductKind.PinnedAirtime, Airtime, null, network, networkName, rechargeCode);

    private static FrontierProduct TopUp(int id, string name, int prevend, string network, string networkName) =>
        new(id, name, 0.00m, FrontierProductKind.DirectTopUp, Airtime, prevend, network, networkName, MinAmount: 1.00m, MaxAmount: 1000.00m);
}
