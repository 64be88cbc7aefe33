namespace EclipseConformance.Engine.Webhooks;

/// <summary>The two documented retry schedules (fact sheet 6.3); they differ only in step 1 (ADR 0010).</summary>
public enum RetryProfile
{
    /// <summary>UK-RETRY: 1 retry after 1 s; 10 s ×2; 2 min ×2; 2 h ×3; 24 h ×19; 1 week ×4; then every 30 days.</summary>
    Ukheshe,

    /// <summary>EFT-RETRY: 2 retries 1 s apart, then as <see cref="Ukheshe"/>.</summary>
    EftCorp,
}
