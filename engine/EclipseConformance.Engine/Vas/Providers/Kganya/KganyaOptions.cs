namespace EclipseConformance.Engine.Vas;

/// <summary>
/// How the engine reaches Kganya (section <c>Vas:Kganya</c>) when the tenant sets no <c>kganya.config.baseUrl</c> /
/// <c>kganya.config.apiKey</c>: the base URL (default: the hosted simulator's) and the API key.
/// </summary>
public sealed class KganyaOptions
{
    public const string Section = "Vas:Kganya";

    /// <summary>Absolute base URL of the Kganya service; empty uses the hosted <c>kganya</c> simulator.</summary>
    public string? BaseUrl { get; set; }

    public string ApiKey { get; set; } = "sandbox-kganya-key";
}
