namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// What one run of a flow left behind: the final status (REJECTED when the POST was refused and no payment exists),
/// whether the engine considers it final, whether the money was settled, and the figures to check the ledger with; for a
/// withdrawal, the token it issued and every SMS text the customer's phone received; the engine's error description if any.
/// </summary>
internal sealed record FlowRun(
    string Status,
    bool Terminal,
    bool Settled,
    long TenantId,
    long WalletId,
    decimal Funds,
    decimal Amount,
    decimal Fee,
    TenantBalances? Before = null,
    TenantBalances? After = null,
    string? Token = null,
    IReadOnlyList<string>? Texts = null,
    string? Detail = null);
