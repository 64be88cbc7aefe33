namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Eclipse's VAS network ids (ADR 0028): 0 for a number on no supported network (the document's IAE001 example, "User is
/// on network id 0"), and for South Africa the partner ids the document's catalogs name after the networks — 4 "MTN"
/// (ACS list) and 5 "Vodacom" (Scan to Pay list). Only these two are supported ("Currently only MTN And Vodacom").
/// </summary>
public static class NetworkIds
{
    public const int Unknown = 0;
    public const int Mtn = 4;
    public const int Vodacom = 5;

    /// <summary>The network id of an MNP network key (<c>ZA-MTN</c>, <c>ZA-VODACOM</c>); every other network is 0.</summary>
    public static int FromMnp(string? mnpNetworkId) => mnpNetworkId switch
    {
        "ZA-MTN" => Mtn,
        "ZA-VODACOM" => Vodacom,
        _ => Unknown,
    };

    /// <summary>The network id of a provider's network name (<c>MTN</c>, <c>VODACOM</c>, any case); others are 0.</summary>
    public static int FromName(string? network) => network?.ToUpperInvariant() switch
    {
        "MTN" => Mtn,
        "VODACOM" => Vodacom,
        _ => Unknown,
    };

    /// <summary>The network's display name as the catalogs print it (<c>MTN</c>, <c>Vodacom</c>).</summary>
    public static string Name(int networkId) => networkId switch
    {
        Mtn => "MTN",
        Vodacom => "Vodacom",
        _ => "UNKNOWN",
    };
}
