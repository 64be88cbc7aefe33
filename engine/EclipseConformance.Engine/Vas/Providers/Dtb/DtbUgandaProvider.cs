using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Vas;

/// <summary>DTB Uganda (partner 21, Eclipse's <c>DTBUGRechargeVasProvider</c>): NWSC, UMEME, URA tax and MTN wallet top-ups, in UGX.</summary>
public sealed class DtbUgandaProvider(FioranoClient client, CustomerStore customers, WalletStore wallets, DtbSourceTypes sourceTypes)
    : DtbProvider(DtbMarket.Uganda, client, customers, wallets, sourceTypes)
{
    public const string ClassName = "com.ukheshe.services.mobilerecharge.provider.DTBUGRechargeVasProvider";

    protected override string Example => "21_NWSC_21117391, 21_UMEME_200166426, 21_ETAX_2240000621955 or 21_MTN_256779999703";
}
