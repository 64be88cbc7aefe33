namespace EclipseConformance.Engine.Vas;

/// <summary>
/// One DTB country as Eclipse sells it: partner id, Eclipse's provider class and partner name, country and currency,
/// and whether its <c>extraInfo</c> carries the Uganda document's fuller set of <c>dtb*</c> keys (source account
/// number, destination country) and its products the <c>msisdn</c> field.
/// </summary>
public sealed record DtbMarket(
    long PartnerId, string Key, string ClassName, string PartnerName, string Country, string Currency, bool Detailed)
{
    public static DtbMarket Kenya { get; } = new(
        19, "dtb-ke", "com.ukheshe.services.mobilerecharge.provider.DTBQueryUtilityRecharge", "dtbQueryUtility", "KE", "KES", Detailed: false);

    public static DtbMarket Uganda { get; } = new(
        21, "dtb-ug", "com.ukheshe.services.mobilerecharge.provider.DTBUGRechargeVasProvider", "DTBUGVasProvider", "UG", "UGX", Detailed: true);

    /// <summary>The phone-number field the Uganda catalog attaches to every product.</summary>
    public static VasFieldSpec Msisdn { get; } = new("msisdn", "Phone number", "NUMERIC", "^[0-9]{8,16}$");

    public IReadOnlyList<VasFieldSpec> ProductFields => Detailed ? [Msisdn] : [];

    public string Path(DtbOptions options) => Detailed ? options.UgandaPath : options.KenyaPath;
}
