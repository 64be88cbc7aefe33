namespace EclipseConformance.Engine.Ledger;

/// <summary>What a posting is for. An externalUniqueId is unique per kind across the platform (fact sheet 3.3).</summary>
public static class PostingKind
{
    public const string Transfer = "TRANSFER";
    public const string Funding = "FUNDING";
    public const string Withdrawal = "WITHDRAWAL";
    public const string Vas = "VAS";
    public const string Reversal = "REVERSAL";

    /// <summary>A tenant reset moving a wallet back to its opening balance against the tenant float.</summary>
    public const string Reset = "RESET";

    /// <summary>Every kind (queries by key alone name them all, so the unique (kind, key) index serves them).</summary>
    public static readonly IReadOnlyList<string> All = [Transfer, Funding, Withdrawal, Vas, Reversal, Reset];

    /// <summary><c>'TRANSFER','FUNDING',…</c> for an SQL <c>IN</c> list (constants, never user input).</summary>
    public static string SqlList => string.Join(",", All.Select(k => $"'{k}'"));
}
