namespace EclipseConformance.Engine.Vas;

/// <summary>What moves a PENDING-flow payment: the submission's answer, then each status answer.</summary>
public enum PendingTrigger
{
    SubmitAccepted,
    SubmitApproved,
    SubmitDeclined,
    SubmitUnknown,
    QueryApproved,
    QueryDeclined,
    QueryNotFound,
    QueryPending,
}
