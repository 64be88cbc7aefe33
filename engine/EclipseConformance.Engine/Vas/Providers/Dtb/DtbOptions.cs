namespace EclipseConformance.Engine.Vas;

/// <summary>
/// How the engine reaches DTB's Fiorano gateway (section <c>Vas:Dtb</c>): the base URL (default: the hosted
/// <c>fiorano</c> simulator's) and each country's API path. Timeouts and body limits are <see cref="VasOptions"/>'s.
/// </summary>
public sealed class DtbOptions
{
    public const string Section = "Vas:Dtb";

    /// <summary>Absolute base URL of the gateway; empty uses the hosted <c>fiorano</c> simulator.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Kenya's VAS API path (partner 19).</summary>
    public string KenyaPath { get; set; } = "/dtbke/vas/1.0";

    /// <summary>Uganda's VAS API path (partner 21).</summary>
    public string UgandaPath { get; set; } = "/dtbug/vas/1.0";
}
