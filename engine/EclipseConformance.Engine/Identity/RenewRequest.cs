namespace EclipseConformance.Engine.Identity;

/// <summary><c>POST /authentication/renew</c>: the current token in the body (as public clients send it) or the Authorization header.</summary>
public sealed record RenewRequest(string? Jwt);
