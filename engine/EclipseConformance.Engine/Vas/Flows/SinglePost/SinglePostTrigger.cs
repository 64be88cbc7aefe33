namespace EclipseConformance.Engine.Vas;

/// <summary>What moves a single-POST payment: the start, and each provider answer.</summary>
public enum SinglePostTrigger
{
    Start,
    PrevendApproved,
    PrevendDeclined,
    PrevendUnknown,
    VendApproved,
    VendDeclined,
    VendUnknown,
    CheckApproved,
    CheckDeclined,
    CheckNotFound,
    CheckUnknown,
}
