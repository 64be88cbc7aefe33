namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>Credentials the simulator insists on (frontier.vas.config); null fields are not checked.</summary>
public sealed record FrontierCredentials(string? MerchantNumber, string? MerchantPassword, string? TerminalNumber);
