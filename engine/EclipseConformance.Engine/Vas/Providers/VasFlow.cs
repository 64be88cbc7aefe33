namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The payment lifecycles VAS providers follow; each has its own state machine (ADR 0025). A provider declares one.
/// </summary>
public enum VasFlow
{
    /// <summary>One POST; the provider's pre-vend and vend run after it (FrontierWeb). Funds move at the POST.</summary>
    SinglePost,

    /// <summary>POST answers BUILDING; a PUT with the remaining fields completes it (Scan to Pay, ACS, Kganya, ...).</summary>
    TwoStep,

    /// <summary>POST answers PENDING; the provider confirms later (DTB through Fiorano).</summary>
    PendingConfirmation,
}
