using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Vas;

/// <summary>DTB Kenya (partner 19, Eclipse's <c>DTBQueryUtilityRecharge</c>): KRA tax by PRN and the local catalog, in KES.</summary>
public sealed class DtbKenyaProvider(FioranoClient client, CustomerStore customers, WalletStore wallets, DtbSourceTypes sourceTypes)
    : DtbProvider(DtbMarket.Kenya, client, customers, wallets, sourceTypes)
{
    public const string ClassName = "com.ukheshe.services.mobilerecharge.provider.DTBQueryUtilityRecharge";

    protected override string Example => "19_ETAX_1020230000060915 or 19_KE-STARTIMES_1234567890";
}
