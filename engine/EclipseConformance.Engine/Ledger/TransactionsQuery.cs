using System.Text;
using Dapper;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// The wallet transactions (reconciliation) query: newest first, filtered by externalUniqueId and/or a
/// [dateFromIncl, dateToExcl) window, paged. Only the filters given are in the SQL, so an externalUniqueId lookup uses
/// its index even on a wallet with millions of entries.
/// </summary>
public sealed class TransactionsQuery(Database database)
{
    public async Task<IReadOnlyList<TransactionItem>> ListAsync(
        long walletId, string? externalUniqueId, long? fromMs, long? toMs, int limit, int offset, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(
            """
            SELECT e.entry_id AS EntryId, e.wallet_id AS WalletId, e.other_wallet_id AS OtherWalletId, e.amount AS Amount,
                   e.balance_after AS BalanceAfter, e.currency AS Currency, e.created_ms AS CreatedMs, p.description AS Description,
                   p.external_unique_id AS ExternalUniqueId, p.external_id AS ExternalId, p.kind AS Kind
            FROM ledger_entries e JOIN ledger_postings p ON p.posting_id = e.posting_id
            WHERE e.wallet_id = @walletId
            """);
        if (externalUniqueId is not null)
        {
            sql.Append(" AND p.kind IN (").Append(PostingKind.SqlList).Append(") AND p.external_unique_id = @externalUniqueId");
        }

        if (fromMs is not null)
        {
            sql.Append(" AND e.created_ms >= @fromMs");
        }

        if (toMs is not null)
        {
            sql.Append(" AND e.created_ms < @toMs");
        }

        sql.Append(" ORDER BY e.created_ms DESC, e.entry_id DESC LIMIT @limit OFFSET @offset");
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(sql.ToString(), new { walletId, externalUniqueId, fromMs, toMs, limit, offset });
        return rows.Select(r => new TransactionItem(
            r.EntryId, r.WalletId, r.OtherWalletId, new Money(r.Amount).ToDecimal(), new Money(r.BalanceAfter).ToDecimal(), r.Currency,
            Timestamps.ToWire(r.CreatedMs), r.Description, r.ExternalUniqueId, r.ExternalId, r.Kind)).ToList();
    }

    private sealed record Row(
        long EntryId, long WalletId, long? OtherWalletId, long Amount, long BalanceAfter, string Currency, long CreatedMs,
        string? Description, string? ExternalUniqueId, string? ExternalId, string Kind);
}
