namespace EclipseConformance.Load.Eclipse.Api;

/// <summary><c>GET /sim/v1/ledger/invariants</c>.</summary>
public sealed record InvariantsInfo(bool Ok, IReadOnlyList<string> Violations, long Postings, long Entries);
