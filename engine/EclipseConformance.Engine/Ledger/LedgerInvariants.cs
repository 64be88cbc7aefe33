using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// Checks the ledger's invariants in the store: every posting balanced, every wallet's balance equal to the sum of
/// its entries and its last running balance, money conserved per currency (all balances sum to zero, floats
/// included), no negative available balance where the wallet type forbids it, reservations equal to the sum of open holds.
/// </summary>
public sealed class LedgerInvariants(Database database)
{
    public async Task<InvariantReport> CheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var unbalanced = await connection.QueryAsync<long>(
            "SELECT posting_id FROM ledger_entries GROUP BY posting_id HAVING SUM(amount) <> 0 LIMIT 20");
        var drift = await connection.QueryAsync<long>(
            """
            SELECT w.wallet_id FROM wallets w
            LEFT JOIN (SELECT wallet_id, SUM(amount) AS total FROM ledger_entries GROUP BY wallet_id) e ON e.wallet_id = w.wallet_id
            WHERE w.balance <> COALESCE(e.total, 0) LIMIT 20
            """);
        var runningMismatch = await connection.QueryAsync<long>(
            """
            SELECT w.wallet_id FROM wallets w
            JOIN (SELECT wallet_id, MAX(entry_id) AS last_entry FROM ledger_entries GROUP BY wallet_id) l ON l.wallet_id = w.wallet_id
            JOIN ledger_entries e ON e.entry_id = l.last_entry
            WHERE e.balance_after <> w.balance LIMIT 20
            """);
        var negative = await connection.QueryAsync<long>(
            """
            SELECT w.wallet_id FROM wallets w JOIN wallet_types t ON t.wallet_type_id = w.wallet_type_id
            WHERE t.allow_negative = 0 AND w.balance - w.reserved < 0 LIMIT 20
            """);
        var badReservations = await connection.QueryAsync<long>(
            """
            SELECT w.wallet_id FROM wallets w
            LEFT JOIN (SELECT wallet_id, SUM(amount) AS held FROM ledger_holds WHERE status = 'HELD' GROUP BY wallet_id) h ON h.wallet_id = w.wallet_id
            WHERE w.reserved < 0 OR w.reserved <> COALESCE(h.held, 0) LIMIT 20
            """);
        var totals = (await connection.QueryAsync<(string Currency, long Total, long Wallets)>(
            "SELECT currency, SUM(balance), COUNT(*) FROM wallets GROUP BY currency ORDER BY currency")).ToList();
        var postings = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ledger_postings");
        var entries = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ledger_entries");

        var violations = new List<string>();
        Add(violations, "unbalanced postings", unbalanced);
        Add(violations, "wallets whose balance differs from the sum of their entries", drift);
        Add(violations, "wallets whose balance differs from their last running balance", runningMismatch);
        Add(violations, "wallets with a negative available balance their type forbids", negative);
        Add(violations, "wallets whose reservations differ from the sum of their open holds", badReservations);
        foreach (var (currency, total, _) in totals.Where(t => t.Total != 0))
        {
            violations.Add($"money not conserved in {currency}: balances sum to {new Primitives.Money(total)}");
        }

        return new InvariantReport(
            violations.Count == 0,
            violations,
            totals.Select(t => new InvariantReport.CurrencyTotal(t.Currency, new Primitives.Money(t.Total).ToDecimal(), t.Wallets)).ToList(),
            postings,
            entries);
    }

    private static void Add(List<string> violations, string what, IEnumerable<long> walletIds)
    {
        var ids = walletIds.ToList();
        if (ids.Count > 0)
        {
            violations.Add($"{what}: {string.Join(", ", ids)}");
        }
    }
}
