namespace EclipseConformance.Engine.Errors;

/// <summary>One element of Eclipse's error envelope (a JSON array of these), fact sheet 7.1.</summary>
public sealed record EclipseError(
    string Type,
    string Severity,
    string Description,
    string Code,
    string TraceId,
    string SpanId);
