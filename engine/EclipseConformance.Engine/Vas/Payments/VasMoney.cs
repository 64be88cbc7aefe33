using System.Data.Common;
using System.Globalization;
using EclipseConformance.Engine.Ledger;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Every money movement of a VAS payment, inside the caller's transaction (ADR 0026). The settlement is ONE balanced
/// posting: the customer's wallet pays amount + fee, the VAS destination wallet receives the amount and the fee wallet
/// the fee. A failure reverses it (one posting with every leg negated) or releases the hold. Postings are keyed by
/// <c>Payment-{id}</c> (kind VAS, REVERSAL), so a repeated step can never move money twice.
/// </summary>
public sealed class VasMoney(PostingEngine postings, LedgerHolds holds)
{
    public const string HoldKind = "VAS";

    /// <summary>Debits the customer and credits destination and fee wallets (single-POST flow, at the POST).</summary>
    public async Task<PostingResult> SettleAsync(DbConnection connection, DbTransaction transaction, Payment p, CancellationToken cancellationToken) =>
        (await postings.ApplyAsync(connection, transaction, [Settlement(p)], cancellationToken))[0];

    /// <summary>Undoes the settlement. A reversal must happen, so it may take the receiving wallets below zero.</summary>
    public async Task<PostingResult> ReverseAsync(DbConnection connection, DbTransaction transaction, Payment p, CancellationToken cancellationToken)
    {
        var settlement = Settlement(p);
        var reversal = new PostingRequest(
            PostingKind.Reversal,
            settlement.ExternalUniqueId,
            settlement.RequestHash,
            p.TenantId,
            settlement.Legs.Select(l => new PostingLeg(l.WalletId, -l.AmountNanos)).ToList(),
            PostingAuthority.System with { IgnoreLimits = true },
            "Reversal: " + p.Description,
            p.ExternalUniqueId);
        return (await postings.ApplyAsync(connection, transaction, [reversal], cancellationToken))[0];
    }

    /// <summary>Reserves amount + fee on the customer's wallet (two-step at the PUT, pending flow at the POST).</summary>
    public Task<HoldResult> HoldAsync(DbConnection connection, DbTransaction transaction, Payment p, CancellationToken cancellationToken) =>
        holds.PlaceAsync(connection, transaction, p.WalletId, p.Total, HoldKind, PaymentIds.Gateway(p.PaymentId), PostingAuthority.System, cancellationToken);

    /// <summary>Turns the hold into the settlement posting.</summary>
    public Task<HoldResult> CaptureAsync(DbConnection connection, DbTransaction transaction, Payment p, CancellationToken cancellationToken) =>
        holds.CaptureAsync(connection, transaction, p.HoldId!.Value, Settlement(p), cancellationToken);

    public Task<HoldResult> ReleaseAsync(DbConnection connection, DbTransaction transaction, Payment p, CancellationToken cancellationToken) =>
        holds.ReleaseAsync(connection, transaction, p.HoldId!.Value, cancellationToken);

    /// <summary>The settlement posting of a payment (legs merged when the destination and fee wallets are the same).</summary>
    public static PostingRequest Settlement(Payment p)
    {
        var credits = new Dictionary<long, long> { [p.DestinationWalletId!.Value] = p.Amount };
        if (p.Fee > 0)
        {
            credits[p.FeeWalletId!.Value] = credits.GetValueOrDefault(p.FeeWalletId.Value) + p.Fee;
        }

        var legs = new List<PostingLeg> { new(p.WalletId, -p.Total) };
        legs.AddRange(credits.Select(c => new PostingLeg(c.Key, c.Value)));
        return new PostingRequest(
            PostingKind.Vas,
            PaymentIds.Gateway(p.PaymentId),
            string.Create(CultureInfo.InvariantCulture, $"{p.WalletId}|{p.Amount}|{p.Fee}|{p.DestinationWalletId}|{p.FeeWalletId}"),
            p.TenantId,
            legs,
            PostingAuthority.System,
            p.Description,
            p.ExternalUniqueId);
    }
}
