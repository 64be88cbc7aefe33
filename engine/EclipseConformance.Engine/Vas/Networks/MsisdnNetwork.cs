namespace EclipseConformance.Engine.Vas;

/// <summary>
/// <c>GET /tenants/{t}/vas/{msisdn}</c> (ADR 0028): the number in international form, its network id (0 when it is on
/// no supported network), the network's name (<c>UNKNOWN</c> when no network has the number), its country, whether it
/// was ported, whether VAS airtime can be sold to it, and for an unsupported number a sentence saying why.
/// </summary>
public sealed record MsisdnNetwork(
    string Msisdn,
    int NetworkId,
    string NetworkName,
    string? CountryCode,
    bool Ported,
    bool Supported,
    string? Description);
