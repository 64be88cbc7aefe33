namespace EclipseConformance.Engine.Vas;

/// <summary>
/// How the engine reaches FrontierWeb (section <c>Vas:FrontierWeb</c>): the base URL (default: the hosted simulator's)
/// and the merchant credentials of the documented <c>frontier.vas.config</c> global config.
/// </summary>
public sealed class FrontierWebOptions
{
    /// <summary>Absolute base URL of the FrontierWeb service; empty uses the hosted <c>frontierweb</c> simulator.</summary>
    public string? BaseUrl { get; set; }

    public string ServicePath { get; set; } = "/FrontierWeb/VasService";

    public string MerchantNumber { get; set; } = "M-ECLIPSE-01";

    public string? MerchantPassword { get; set; } = "sandbox";

    public string TerminalNumber { get; set; } = "T-01";

    public string UserCode { get; set; } = "eclipse";

    public string? UserPassword { get; set; } = "sandbox";

    public string? UserLevel { get; set; } = "1";

    public string? ApplicationId { get; set; } = "eclipse-conductor";

    public string? ProcessorNumber { get; set; }
}
