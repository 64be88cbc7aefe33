namespace EclipseConformance.Engine.Ledger;

/// <summary>A balanced set of legs to apply atomically, with its idempotency key and payload fingerprint.</summary>
public sealed record PostingRequest(
    string Kind,
    string? ExternalUniqueId,
    string? RequestHash,
    long TenantId,
    IReadOnlyList<PostingLeg> Legs,
    PostingAuthority Authority,
    string? Description = null,
    string? ExternalId = null,
    string? Location = null)
{
    /// <summary>A two-leg transfer of <paramref name="amountNanos"/> from one wallet to another.</summary>
    public static PostingRequest Transfer(
        string kind, string? externalUniqueId, string? requestHash, long tenantId, long fromWalletId, long toWalletId, long amountNanos,
        PostingAuthority authority, string? description = null, string? externalId = null, string? location = null) =>
        new(kind, externalUniqueId, requestHash, tenantId, [new PostingLeg(fromWalletId, -amountNanos), new PostingLeg(toWalletId, amountNanos)],
            authority, description, externalId, location);
}
