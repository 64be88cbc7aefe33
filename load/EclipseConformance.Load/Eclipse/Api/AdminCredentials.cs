namespace EclipseConformance.Load.Eclipse.Api;

/// <summary>The simulator administrator (global admin + simulator admin roles) the profiles set up and verify with.</summary>
public sealed record AdminCredentials(string Identity, string Password)
{
    public const string DefaultIdentity = "admin";

    public override string ToString() => $"{Identity} (password hidden)";
}
