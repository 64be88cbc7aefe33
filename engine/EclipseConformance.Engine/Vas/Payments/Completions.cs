using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Vas;

/// <summary>The policy values a payment keeps from the moment it was accepted (so a rule reload never changes it midway).</summary>
public static class Completions
{
    public const string Async = "ASYNC";
    public const string Sync = "SYNC";
    public const string FailedError = "FAILED_ERROR";
    public const string ErrorPermTemp = "ERROR_PERM_TEMP";

    public static string Of(FrontierWebCompletion completion) => completion == FrontierWebCompletion.Sync ? Sync : Async;

    public static string Of(VasFailureStatuses statuses) => statuses == VasFailureStatuses.ErrorPermTemp ? ErrorPermTemp : FailedError;
}
