namespace EclipseConformance.Engine.Conformance;

/// <summary>Where a rule comes from: the document (as the fact sheet keys it, with its file under /work/shared/spec), the section, and the quoted guidance.</summary>
public sealed record ConformanceSource(string Document, string Section, string Quote);
