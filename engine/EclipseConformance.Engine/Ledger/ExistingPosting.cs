namespace EclipseConformance.Engine.Ledger;

/// <summary>A posting already stored under an idempotency key.</summary>
public sealed record ExistingPosting(long PostingId, string? RequestHash, long CreatedMs);
