namespace EclipseConformance.Simulators.AtmNetwork;

/// <summary>
/// A cash token the issuer (the engine) registered: <see cref="Reference"/> is the issuer's id for it (the withdrawal
/// id), <see cref="Gateway"/> the network product (e.g. ZA_PAYCORP_ATM), <see cref="Phone"/> the only phone that may
/// use it (null: anyone holding the token), and where and with which key to ask for authorisation.
/// </summary>
public sealed record AtmToken(
    string RegistrationId,
    string Reference,
    string Gateway,
    string Token,
    string? Phone,
    decimal Amount,
    string Currency,
    DateTimeOffset? Expires,
    Uri AuthoriseUrl,
    string AuthoriseKey,
    DateTimeOffset RegisteredAt,
    AtmTokenStatus Status = AtmTokenStatus.Active,
    DateTimeOffset? RedeemedAt = null,
    string? TerminalId = null)
{
    /// <summary>Same token, phone, amount and gateway: a repeated registration is a replay, not a conflict.</summary>
    internal bool SameAs(AtmToken other) =>
        Gateway == other.Gateway && Token == other.Token && Phone == other.Phone && Amount == other.Amount && Currency == other.Currency;
}
