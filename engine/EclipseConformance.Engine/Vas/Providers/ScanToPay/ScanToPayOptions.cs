namespace EclipseConformance.Engine.Vas;

/// <summary>
/// How the engine reaches Scan to Pay (section <c>Vas:ScanToPay</c>): the base URL (default: the hosted simulator's)
/// and the credentials used when the tenant sets no <c>oltio.config.username</c> / <c>oltio.config.password</c>.
/// </summary>
public sealed class ScanToPayOptions
{
    public const string Section = "Vas:ScanToPay";

    /// <summary>Absolute base URL of the Scan to Pay service; empty uses the hosted <c>scantopay</c> simulator.</summary>
    public string? BaseUrl { get; set; }

    public string Username { get; set; } = "eclipse";

    public string Password { get; set; } = "sandbox";
}
