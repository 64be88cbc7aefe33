namespace EclipseConformance.Gherkin.Runtime;

/// <summary>A named piece of text attached to a scenario step (or hook).</summary>
internal sealed record ScenarioAttachment(string Name, string MediaType, string Content, string? TestStepId, DateTimeOffset Timestamp);
