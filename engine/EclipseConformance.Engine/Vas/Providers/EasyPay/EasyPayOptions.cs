namespace EclipseConformance.Engine.Vas;

/// <summary>How the engine reaches EasyPay (section <c>Vas:EasyPay</c>): base URL (default: the hosted <c>easypay</c> simulator) and terminal id.</summary>
public sealed class EasyPayOptions
{
    public const string Section = "Vas:EasyPay";

    /// <summary>Absolute base URL of the EasyPay API; empty uses the hosted simulator.</summary>
    public string? BaseUrl { get; set; }

    public string TerminalId { get; set; } = "ECLIPSE-T01";
}
