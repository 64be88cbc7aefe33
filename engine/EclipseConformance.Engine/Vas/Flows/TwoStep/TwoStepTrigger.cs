namespace EclipseConformance.Engine.Vas;

/// <summary>What moves a two-step payment: the PUT, and each provider answer.</summary>
public enum TwoStepTrigger
{
    Update,
    CompleteApproved,
    CompleteDeclined,
    CompleteUnknown,
    CheckApproved,
    CheckDeclined,
    CheckNotFound,
    CheckUnknown,
}
