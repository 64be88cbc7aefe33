namespace EclipseConformance.Engine.Vas;

/// <summary>How the engine reaches the mobile number portability database (section <c>Vas:Mnp</c>).</summary>
public sealed class MnpOptions
{
    public const string Section = "Vas:Mnp";

    /// <summary>Absolute base URL of the MNP service; empty uses the hosted <c>mnp</c> simulator.</summary>
    public string? BaseUrl { get; set; }
}
