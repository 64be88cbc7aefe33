namespace EclipseConformance.Engine.Identity;

public sealed record LoginResult(LoginStatus Status, IssuedToken? Token = null, string? Detail = null);
