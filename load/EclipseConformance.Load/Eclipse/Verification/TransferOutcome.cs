namespace EclipseConformance.Load.Eclipse.Verification;

public enum TransferOutcome : byte
{
    /// <summary>2xx: the transfer is complete (present exactly once afterwards).</summary>
    Acknowledged,

    /// <summary>Any other status: nothing happened (absent afterwards, unless another send of the key was acknowledged).</summary>
    Rejected,

    /// <summary>No answer (connection error, cancelled, timed out): may be present at most once.</summary>
    Unknown,
}
