using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The catalog shape of the South African airtime providers (S-VAS, Scan to Pay and ACS): one partner entry per network
/// (<c>partnerName</c> "Vodacom", "MTN", ...) with the same <c>partnerId</c>, so a channel keeps the entry of the
/// number's network; <c>catalogQuery={partnerId}_{msisdn}</c> does that filtering in the engine (ADR 0028).
/// </summary>
public static class NetworkCatalog
{
    /// <summary>The documented msisdn field of airtime, data and SMS products.</summary>
    public static readonly VasFieldSpec Msisdn = new("msisdn", "Mobile number", "NUMERIC", "^\\+?[0-9]{9,15}$");

    public static IReadOnlyList<VasPartner> Partners(long partnerId, long providerId, IEnumerable<NetworkProduct> products) =>
        products
            .GroupBy(p => p.Group, StringComparer.Ordinal)
            .Select(g => new VasPartner(partnerId, g.Key, providerId,
                g.Select(p => new VasProduct(partnerId, p.ProductId, p.ProductName, ProductTypeName: p.ProductType)).ToList()))
            .ToList();

    /// <summary>
    /// For <c>catalogQuery={partnerId}_{msisdn}</c>: only the entry of the number's network, or IAE001 when the number is
    /// on no network the provider sells.
    /// </summary>
    public static async Task<VasAnswer<IReadOnlyList<VasPartner>>> FilterAsync(
        NetworkLookup networks, string provider, long partnerId, long providerId, IReadOnlyList<NetworkProduct> products, string msisdn,
        CancellationToken cancellationToken)
    {
        var lookup = await networks.LookupAsync(msisdn, cancellationToken);
        if (lookup.Value is not { } network)
        {
            return lookup.Error!;
        }

        var mine = products.Where(p => p.NetworkId == network.NetworkId && p.IsNetworkVoucher).ToList();
        return mine.Count > 0
            ? new VasAnswer<IReadOnlyList<VasPartner>>(Partners(partnerId, providerId, mine), null)
            : ApiError.Business($"{msisdn} is on network id {network.NetworkId} ({network.NetworkName}): {provider} sells vouchers for MTN and Vodacom numbers only");
    }
}
