namespace EclipseConformance.Engine.Identity;

/// <summary>
/// <c>GET /authentication/login-challenges</c>: random data encrypted with the identity's public key
/// (RSA/ECB/OAEPWithSHA-1AndMGF1Padding), base64, valid until <see cref="Expires"/>.
/// </summary>
public sealed record LoginChallengeResponse(
    string ChallengeId,
    string Identity,
    string Base64EncodedChallenge,
    string Expires,
    IReadOnlyList<string> Modes);
