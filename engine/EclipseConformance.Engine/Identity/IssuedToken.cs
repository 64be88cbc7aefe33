namespace EclipseConformance.Engine.Identity;

/// <summary>A freshly signed JWT and what the login response reports about it.</summary>
public sealed record IssuedToken(string Jwt, string SessionId, DateTimeOffset ExpiresAt, IReadOnlyList<string> Roles, long TenantId);
