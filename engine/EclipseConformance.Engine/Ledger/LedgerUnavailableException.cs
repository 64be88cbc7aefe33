namespace EclipseConformance.Engine.Ledger;

/// <summary>Infrastructure failure on the ledger path: nothing was applied (answered 503 with the envelope).</summary>
public sealed class LedgerUnavailableException(string message) : Exception(message);
