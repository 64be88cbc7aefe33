namespace EclipseConformance.Engine.Identity;

/// <summary>The login/renew response of fact sheet 2.3.</summary>
public sealed record LoginResponse(
    string HeaderName,
    string HeaderValue,
    string SessionId,
    long TenantId,
    string Expires,
    long ExpiresEpochSecs,
    IReadOnlyList<string> Roles);
