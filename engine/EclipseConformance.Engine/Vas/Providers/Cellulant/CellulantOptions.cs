namespace EclipseConformance.Engine.Vas;

/// <summary>How the engine reaches Cellulant's Beep API (section <c>Vas:Cellulant</c>): base URL (default: the hosted simulator) and credentials.</summary>
public sealed class CellulantOptions
{
    public const string Section = "Vas:Cellulant";

    /// <summary>Absolute base URL of the Beep API; empty uses the hosted <c>cellulant</c> simulator.</summary>
    public string? BaseUrl { get; set; }

    public string EndpointPath { get; set; } = "/cellulant/beep/v1/json";

    public string Username { get; set; } = "eclipse";

    public string Password { get; set; } = "sandbox";
}
