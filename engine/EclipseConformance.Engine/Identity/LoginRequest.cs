namespace EclipseConformance.Engine.Identity;

/// <summary>
/// <c>POST /authentication/login</c>. Password login, or PKI: <see cref="PkiChallengeResponse"/> is the base64
/// SHA-256 (44 chars) of the decrypted challenge, or <see cref="PkiChallengeSignature"/> an RSA PKCS#1 SHA-256
/// signature over it (field names chosen by ADR 0006; the reference pages strip them).
/// </summary>
public sealed record LoginRequest(string? Identity, string? Password, string? PkiChallengeResponse, string? PkiChallengeSignature);
