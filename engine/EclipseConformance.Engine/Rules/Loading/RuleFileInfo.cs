namespace EclipseConformance.Engine.Rules;

/// <summary>A file of the active rule set as listed by <c>GET /sim/v1/rules</c>.</summary>
public sealed record RuleFileInfo(string Name, RuleLayer Layer, string Hash);
