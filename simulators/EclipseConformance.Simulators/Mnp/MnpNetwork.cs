namespace EclipseConformance.Simulators.Mnp;

/// <summary>
/// A mobile network in the MNP fixtures. <see cref="Id"/> is the stable key ("ZA-MTN");
/// <see cref="Supported"/> says whether the VAS integrations accept it for airtime (South Africa:
/// only MTN and Vodacom, per the VAS document).
/// </summary>
public sealed record MnpNetwork(
    string Id,
    string CountryCode,
    string DialCode,
    string Name,
    string MccMnc,
    bool Supported,
    IReadOnlyList<string> Prefixes);
