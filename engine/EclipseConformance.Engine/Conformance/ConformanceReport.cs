namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// <c>GET /sim/v1/conformance</c>: per rule, where the channel's traffic broke the documented guidance. It covers the
/// calls still in the bounded request journal (<see cref="OldestEntryAt"/> onwards) and the callbacks' attempts.
/// </summary>
public sealed record ConformanceReport(
    string GeneratedAt,
    long? TenantId,
    string? Since,
    string? OldestEntryAt,
    int EntriesExamined,
    int JournalCapacity,
    string PolicyVersion,
    bool Conformant,
    int FindingCount,
    IReadOnlyList<ConformanceRuleReport> Rules);
