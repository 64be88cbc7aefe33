namespace EclipseConformance.Engine.Vas;

/// <summary>
/// A product of a network-grouped catalog (Scan to Pay, ACS): the group it is listed under (<c>MTN</c>, <c>Vodacom</c>,
/// <c>Electricity</c>), the network id a voucher for it is for (0 when it is not a network voucher), and its fields.
/// </summary>
public sealed record NetworkProduct(string Group, int NetworkId, string ProductId, string ProductName, string ProductType)
{
    public bool IsNetworkVoucher => NetworkId != NetworkIds.Unknown;
}
