using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Control.Reset;
using EclipseConformance.Engine.Ledger;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// A tenant reset cancels the tenant's PENDING withdrawals inside the reset's transaction: status CANCELLED with the
/// reason, open delivery tasks closed, holds released. No callback is sent (a reset is not a business event).
/// </summary>
public sealed class WithdrawalsResetParticipant(LedgerHolds holds, TimeProvider time) : IResetParticipant
{
    public Task OnWorldResetAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task ResetTenantAsync(DbConnection connection, DbTransaction transaction, long tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var pending = (await connection.QueryAsync<(long Id, long? HoldId)>(
            "SELECT withdrawal_id, hold_id FROM withdrawals WHERE tenant_id = @tenantId AND status = 'PENDING'", new { tenantId }, transaction)).ToList();
        foreach (var (id, holdId) in pending)
        {
            await WithdrawalTaskStore.CancelOpenAsync(connection, transaction, id, now);
            if (holdId is { } hold)
            {
                await holds.ReleaseAsync(connection, transaction, hold, cancellationToken);
            }

            await connection.ExecuteAsync(
                """
                UPDATE withdrawals SET status = 'CANCELLED', error_description = 'Cancelled by a simulator tenant reset', due_ms = NULL,
                       version = version + 1, last_modified_ms = @now
                WHERE withdrawal_id = @id
                """,
                new { id, now }, transaction);
        }
    }
}
