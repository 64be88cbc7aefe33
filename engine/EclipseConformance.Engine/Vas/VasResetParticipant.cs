using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Control.Reset;
using EclipseConformance.Engine.Ledger;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// A tenant reset stops the tenant's unfinished VAS payments inside the reset's transaction: queued work is dropped,
/// held funds are released, and payments still BUILDING or PENDING end in the failure status their policy names, with
/// the reason. (Settled money is put back by the reset's own balance restore.) No callback is sent.
/// </summary>
public sealed class VasResetParticipant(LedgerHolds holds, TimeProvider time) : IResetParticipant
{
    public Task OnWorldResetAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task ResetTenantAsync(DbConnection connection, DbTransaction transaction, long tenantId, CancellationToken cancellationToken)
    {
        var open = (await connection.QueryAsync<(long Id, long? HoldId)>(
            "SELECT payment_id, hold_id FROM vas_payments WHERE tenant_id = @tenantId AND (work_due_ms IS NOT NULL OR status IN ('BUILDING', 'PENDING'))",
            new { tenantId }, transaction)).ToList();
        foreach (var (id, holdId) in open)
        {
            if (holdId is { } hold && await LedgerHolds.FindAsync(connection, transaction, hold) is { Status: LedgerHolds.Held })
            {
                await holds.ReleaseAsync(connection, transaction, hold, cancellationToken);
            }

            await connection.ExecuteAsync(
                """
                UPDATE vas_payments SET
                    status = CASE WHEN status IN ('BUILDING', 'PENDING') THEN (CASE failure_statuses WHEN 'ERROR_PERM_TEMP' THEN 'ERROR_PERM' ELSE 'FAILED' END) ELSE status END,
                    error_description = 'Stopped by a simulator tenant reset', work_due_ms = NULL, claim_token = NULL, claim_until_ms = NULL,
                    version = version + 1, last_modified_ms = @now
                WHERE payment_id = @id
                """,
                new { id, now = time.GetUtcNow().ToUnixTimeMilliseconds() }, transaction);
        }
    }
}
