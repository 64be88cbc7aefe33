namespace EclipseConformance.Simulators.AtmNetwork;

/// <summary>Body of <c>POST /atm/tokens</c> (the issuer registers a cash token).</summary>
internal sealed record AtmRegisterRequest(
    string? Reference,
    string? Gateway,
    string? Token,
    string? Phone,
    decimal? Amount,
    string? Currency,
    DateTimeOffset? Expires,
    string? AuthoriseUrl,
    string? AuthoriseKey);
