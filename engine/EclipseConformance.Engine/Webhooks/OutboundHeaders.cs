namespace EclipseConformance.Engine.Webhooks;

/// <summary>The headers one callback attempt carries (besides Content-Type), and a note when something was left out.</summary>
public sealed record OutboundHeaders(IReadOnlyList<KeyValuePair<string, string>> Headers, string? Note);
