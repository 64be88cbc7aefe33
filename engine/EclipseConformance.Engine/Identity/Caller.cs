namespace EclipseConformance.Engine.Identity;

/// <summary>The authenticated caller of a request, read once from the validated JWT (or Basic credentials).</summary>
public sealed record Caller(
    string Identity,
    long UserId,
    long TenantId,
    long? CustomerId,
    IReadOnlyList<string> Roles,
    string SessionId,
    string TokenNonce,
    DateTimeOffset ExpiresAt)
{
    /// <summary>When the token was issued (a world reset refuses every token issued before it).</summary>
    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>The world-reset generation the token was issued in.</summary>
    public long Generation { get; init; }

    public bool IsGlobalAdmin => Has(global::EclipseConformance.Engine.Identity.Roles.GlobalAdmin);

    public bool IsGlobalIntegrator => Has(global::EclipseConformance.Engine.Identity.Roles.GlobalIntegrator);

    public bool IsTenantSystem => Has(global::EclipseConformance.Engine.Identity.Roles.TenantSystem);

    public bool IsCustomer => Has(global::EclipseConformance.Engine.Identity.Roles.Customer);

    public bool IsSimulatorAdmin => Has(global::EclipseConformance.Engine.Identity.Roles.SimulatorAdmin);

    public bool Has(string role)
    {
        foreach (var r in Roles)
        {
            if (string.Equals(r, role, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The caller of the current request, or null when it is anonymous.</summary>
    public static Caller? Of(HttpContext context) => context.Features.Get<Caller>();
}
