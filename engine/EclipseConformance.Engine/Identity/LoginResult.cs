using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Identity;

/// <summary>How a login, renew or challenge ended; <see cref="Rejection"/> is the envelope of a login decision rule that refused it.</summary>
public sealed record LoginResult(LoginStatus Status, IssuedToken? Token = null, string? Detail = null, ApiError? Rejection = null);
