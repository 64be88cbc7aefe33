namespace EclipseConformance.Load.Eclipse.Api;

/// <summary>The login/renew answer: <c>headerValue</c> is the whole Authorization header ("Bearer …").</summary>
public sealed record LoginReply(string HeaderName, string HeaderValue, string SessionId, long TenantId, long ExpiresEpochSecs, IReadOnlyList<string> Roles);
