using System.Data.Common;

namespace EclipseConformance.Engine.Control.Reset;

/// <summary>
/// A feature with state of its own takes part in resets: after a world reset it drops in-memory state; in a tenant reset
/// it cancels the tenant's pending work (e.g. PENDING withdrawals, unfinished payments) inside the reset's write
/// transaction, releasing their holds the way its own state machine would.
/// </summary>
public interface IResetParticipant
{
    /// <summary>After the store was emptied and reseeded: forget cached state.</summary>
    Task OnWorldResetAsync(CancellationToken cancellationToken);

    /// <summary>Inside the tenant reset's transaction: close the tenant's open work.</summary>
    Task ResetTenantAsync(DbConnection connection, DbTransaction transaction, long tenantId, CancellationToken cancellationToken);
}
