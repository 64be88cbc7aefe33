namespace EclipseConformance.Load.Reporting;

/// <summary>
/// An extra named part of a report: ledger invariant results, the ratio to the echo endpoint, notes.
/// A section with <see cref="SectionOutcome.Failed"/> fails the run.
/// </summary>
public sealed record ReportSection(string Title, SectionOutcome Outcome, IReadOnlyList<KeyValuePair<string, string>> Rows, string? Text = null)
{
    public static ReportSection Info(string title, params (string Key, string Value)[] rows) =>
        new(title, SectionOutcome.Info, ToRows(rows));

    public static ReportSection Check(string title, bool passed, params (string Key, string Value)[] rows) =>
        new(title, passed ? SectionOutcome.Passed : SectionOutcome.Failed, ToRows(rows));

    private static KeyValuePair<string, string>[] ToRows((string Key, string Value)[] rows) =>
        [.. rows.Select(r => KeyValuePair.Create(r.Key, r.Value))];
}
