namespace EclipseConformance.Engine.Vas;

/// <summary>How the engine reaches Pay@ (section <c>Vas:PayAt</c>): base URL (default: the hosted <c>payat</c> simulator) and API key.</summary>
public sealed class PayAtOptions
{
    public const string Section = "Vas:PayAt";

    /// <summary>Absolute base URL of the Pay@ API; empty uses the hosted simulator.</summary>
    public string? BaseUrl { get; set; }

    public string ApiKey { get; set; } = "sandbox-payat-key";
}
