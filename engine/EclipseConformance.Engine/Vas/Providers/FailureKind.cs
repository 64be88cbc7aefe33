namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Why a payment failed, which decides its wire status (policy <c>conflicts.vasFailureStatuses</c>): permanent →
/// FAILED / ERROR_PERM, temporary → ERROR / ERROR_TEMP.
/// </summary>
public enum FailureKind
{
    /// <summary>The provider declined (invalid meter, closed account, wrong amount, not found after a timeout).</summary>
    Permanent,

    /// <summary>The engine could not get an answer (timeouts without confirmation, provider refusing the engine itself).</summary>
    Temporary,
}
