namespace EclipseConformance.Engine.Vas;

/// <summary>The wire statuses of a payment (fact sheet 5.4).</summary>
public static class PaymentStatus
{
    public const string Successful = "SUCCESSFUL";
    public const string Pending = "PENDING";
    public const string Building = "BUILDING";
    public const string Failed = "FAILED";
    public const string Error = "ERROR";
    public const string ErrorPerm = "ERROR_PERM";
    public const string ErrorTemp = "ERROR_TEMP";

    /// <summary>The failure status for a failure kind under a failure-status setting (stored on the payment).</summary>
    public static string Failure(string failureStatuses, FailureKind kind) => (failureStatuses, kind) switch
    {
        (Completions.ErrorPermTemp, FailureKind.Permanent) => ErrorPerm,
        (Completions.ErrorPermTemp, FailureKind.Temporary) => ErrorTemp,
        (_, FailureKind.Permanent) => Failed,
        _ => Error,
    };

    public static bool IsFailure(string status) => status is Failed or Error or ErrorPerm or ErrorTemp;
}
