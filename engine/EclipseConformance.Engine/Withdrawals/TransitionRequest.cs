using System.Data.Common;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// Details of a state change: for a redemption the token and phone that were presented (checked when given); for a
/// failure the errorDescription; and work to commit together with the change (e.g. closing the task that failed).
/// </summary>
public sealed record TransitionRequest(
    string? Token = null,
    string? Phone = null,
    string? ErrorDescription = null,
    Func<DbConnection, DbTransaction, Task>? AlsoInTransaction = null)
{
    public static readonly TransitionRequest None = new();
}
