namespace EclipseConformance.Engine.Rules;

/// <summary>VAS failure statuses (wire FAILED_ERROR, ERROR_PERM_TEMP), both inside S-VAS.</summary>
public enum VasFailureStatuses
{
    FailedError,
    ErrorPermTemp,
}
