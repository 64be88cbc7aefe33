using System.Diagnostics;
using Dapper;
using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Engine.Ledger;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Control.Reset;

/// <summary>
/// <c>POST /sim/v1/reset?tenantId=…</c>: puts ONE tenant back to its seeded state so parallel suites using different
/// tenants never collide — without rewriting anyone's history. In one transaction: features cancel the tenant's
/// pending work (<see cref="IResetParticipant"/>), leftover holds are released, every wallet is moved back to its
/// opening balance with a balanced RESET posting against the tenant float, seeded wallets are reactivated, customers,
/// wallets and identities created at run time are deactivated, and runtime config items are removed. Money stays
/// conserved and other tenants (including the integrator's history) are untouched.
/// </summary>
public sealed class TenantReset(
    Database database, PostingEngine postings, LedgerHolds holds, DemoWorldSeeder seeder, TenantStore tenants, TenantConfigStore config,
    IEnumerable<IResetParticipant> participants, TimeProvider time)
{
    public async Task<ResetReport?> ResetAsync(long tenantId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (await tenants.FindAsync(tenantId, cancellationToken) is null || await seeder.LoadAsync(cancellationToken) is not { } seed)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        foreach (var participant in participants)
        {
            await participant.ResetTenantAsync(connection, tx, tenantId, cancellationToken);
        }

        var openHolds = (await connection.QueryAsync<long>(
            "SELECT h.hold_id FROM ledger_holds h JOIN wallets w ON w.wallet_id = h.wallet_id WHERE w.tenant_id = @tenantId AND h.status = 'HELD'",
            new { tenantId }, tx)).ToList();
        foreach (var holdId in openHolds)
        {
            await holds.ReleaseAsync(connection, tx, holdId, cancellationToken);
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await connection.ExecuteAsync(
            "UPDATE wallets SET status = 'ACTIVE', last_modified_ms = @now WHERE tenant_id = @tenantId AND wallet_id <= @last",
            new { tenantId, now, last = seed.LastSeededWalletId }, tx);
        var wallets = (await connection.QueryAsync<(long WalletId, long? CustomerId, long Type, string Currency, long Balance, long Opening)>(
            """
            SELECT w.wallet_id, w.customer_id, w.wallet_type_id, w.currency, w.balance,
                   COALESCE((SELECT SUM(e.amount) FROM ledger_entries e JOIN ledger_postings p ON p.posting_id = e.posting_id
                             WHERE e.wallet_id = w.wallet_id AND p.kind = 'FUNDING' AND p.description = 'Opening balance'), 0)
            FROM wallets w WHERE w.tenant_id = @tenantId AND w.status = 'ACTIVE'
            """,
            new { tenantId }, tx)).ToList();
        var floats = wallets.Where(w => w.Type == WalletTypes.TenantFloat).GroupBy(w => w.Currency).ToDictionary(g => g.Key, g => g.Min(w => w.WalletId));
        var moves = new List<PostingRequest>();
        foreach (var w in wallets.Where(w => w.Type != WalletTypes.TenantFloat && w.Balance != (w.WalletId <= seed.LastSeededWalletId ? w.Opening : 0)))
        {
            var target = w.WalletId <= seed.LastSeededWalletId ? w.Opening : 0;
            if (floats.TryGetValue(w.Currency, out var floatId))
            {
                var delta = target - w.Balance;
                moves.Add(delta > 0
                    ? PostingRequest.Transfer(PostingKind.Reset, null, null, tenantId, floatId, w.WalletId, delta, PostingAuthority.System, "Tenant reset")
                    : PostingRequest.Transfer(PostingKind.Reset, null, null, tenantId, w.WalletId, floatId, -delta, PostingAuthority.System, "Tenant reset"));
            }
        }

        var results = await postings.ApplyAsync(connection, tx, moves, cancellationToken);
        if (results.FirstOrDefault(r => r.Status != PostingStatus.Applied) is { Status: not PostingStatus.Applied } failed && moves.Count > 0)
        {
            throw new InvalidOperationException($"Tenant reset could not restore a balance: {failed.Status} {failed.Detail}");
        }

        var deactivated = await connection.ExecuteAsync(
            "UPDATE customers SET status = 'INACTIVE', last_modified_ms = @now WHERE tenant_id = @tenantId AND customer_id > @last AND status <> 'INACTIVE'",
            new { tenantId, now, last = seed.LastSeededCustomerId }, tx);
        await connection.ExecuteAsync(
            "UPDATE wallets SET status = 'INACTIVE', last_modified_ms = @now WHERE tenant_id = @tenantId AND wallet_id > @last",
            new { tenantId, now, last = seed.LastSeededWalletId }, tx);
        await connection.ExecuteAsync(
            "UPDATE identities SET status = 'INACTIVE' WHERE tenant_id = @tenantId AND customer_id > @last",
            new { tenantId, last = seed.LastSeededCustomerId }, tx);
        await connection.ExecuteAsync("DELETE FROM tenant_config WHERE tenant_id = @tenantId", new { tenantId }, tx);
        await tx.CommitAsync(cancellationToken);
        config.Invalidate();
        return new ResetReport("tenant", tenantId, Stopwatch.GetElapsedTime(started).TotalMilliseconds, 0, moves.Count, openHolds.Count, deactivated);
    }
}
