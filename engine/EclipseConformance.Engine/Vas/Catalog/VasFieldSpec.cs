namespace EclipseConformance.Engine.Vas;

/// <summary>An additional field a product asks for: <c>id</c>, <c>title</c>, <c>type</c> (e.g. NUMERIC), <c>regex</c>, <c>defaultValue</c>.</summary>
public sealed record VasFieldSpec(string Id, string? Title = null, string? Type = null, string? Regex = null, string? DefaultValue = null);
