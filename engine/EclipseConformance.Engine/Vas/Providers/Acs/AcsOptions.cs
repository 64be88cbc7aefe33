namespace EclipseConformance.Engine.Vas;

/// <summary>How the engine reaches ACS (section <c>Vas:Acs</c>): the base URL (default: the hosted simulator's) and the API key.</summary>
public sealed class AcsOptions
{
    public const string Section = "Vas:Acs";

    /// <summary>Absolute base URL of the ACS service; empty uses the hosted <c>acs</c> simulator.</summary>
    public string? BaseUrl { get; set; }

    public string ApiKey { get; set; } = "sandbox-acs-key";
}
