namespace EclipseConformance.Engine.Rules;

/// <summary>A login that passed its credential check, before the token is issued (<c>on: login</c>).</summary>
public sealed class LoginFacts : IRuleFacts
{
    public static DecisionPoint DecisionPoint => DecisionPoint.Login;

    public string Identity { get; init; } = "";

    public long TenantId { get; init; }

    /// <summary>PASSWORD or PKI.</summary>
    public string Method { get; init; } = "PASSWORD";

    /// <summary>Comma-separated roles, e.g. "TENANT_SYSTEM".</summary>
    public string Roles { get; init; } = "";

    public bool IsGlobalIntegrator { get; init; }

    public bool IsGlobalAdmin { get; init; }

    public bool IsCustomer { get; init; }

    public string Ip { get; init; } = "";
}
