using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Control.Journal;

/// <summary>A journal entry as the control plane shows it: bodies and query string redacted.</summary>
public sealed record JournalView(
    long Id, string At, string Method, string Path, string? Query, int Status, double LatencyMs, string? Caller, long? TenantId,
    string TraceId, string? ErrorCode, string? RequestBody, string? ResponseBody)
{
    public static JournalView From(JournalEntry e) => new(
        e.Id, Timestamps.ToWire(e.AtMs), e.Method, e.Path, JournalRedaction.RedactQuery(e.Query), e.Status, Math.Round(e.LatencyMs, 3), e.Caller, e.TenantId, e.TraceId, e.ErrorCode,
        JournalRedaction.Redact(e.RequestBody), JournalRedaction.Redact(e.ResponseBody));
}
