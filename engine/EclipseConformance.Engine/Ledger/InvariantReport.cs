namespace EclipseConformance.Engine.Ledger;

/// <summary><c>GET /sim/v1/ledger/invariants</c>: whether the ledger is consistent, and if not, where.</summary>
public sealed record InvariantReport(
    bool Ok,
    IReadOnlyList<string> Violations,
    IReadOnlyList<InvariantReport.CurrencyTotal> Currencies,
    long Postings,
    long Entries)
{
    public sealed record CurrencyTotal(string Currency, decimal Sum, long Wallets);
}
