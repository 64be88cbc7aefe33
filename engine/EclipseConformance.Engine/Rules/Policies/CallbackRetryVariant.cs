namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Which documented callback schedule is active (fact sheet 6.3, wire: UK_RETRY, EFT_RETRY, CUSTOM). The sources
/// differ only in step 1: UK-RETRY retries once after 1 s, EFT-RETRY twice, 1 s apart.
/// </summary>
public enum CallbackRetryVariant
{
    UkRetry,
    EftRetry,

    /// <summary>The rule file lists its own steps.</summary>
    Custom,
}
