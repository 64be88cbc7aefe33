namespace EclipseConformance.Engine.Identity;

/// <summary>A stored login identity (row of <c>identities</c>).</summary>
public sealed record IdentityRecord(
    string Identity,
    long UserId,
    long TenantId,
    long? CustomerId,
    string Roles,
    string? PasswordHash,
    string? PublicKeyPem,
    string Status)
{
    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
