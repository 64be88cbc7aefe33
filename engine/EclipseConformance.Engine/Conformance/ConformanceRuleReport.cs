using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Conformance;

/// <summary>One rule in the report: PASS, FAIL or DISABLED, its source, its active settings and its findings (capped).</summary>
public sealed record ConformanceRuleReport(
    string Rule,
    string Title,
    string Status,
    ConformanceSource Source,
    JsonObject Settings,
    int FindingCount,
    IReadOnlyList<ConformanceFinding> Findings);
