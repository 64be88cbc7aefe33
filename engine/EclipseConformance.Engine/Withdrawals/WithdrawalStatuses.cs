namespace EclipseConformance.Engine.Withdrawals;

/// <summary>Wire names of <see cref="WithdrawalStatus"/> (PENDING, SUCCESSFUL, TIMEOUT, CANCELLED, ERROR).</summary>
public static class WithdrawalStatuses
{
    public const string Pending = "PENDING";

    public static string Wire(WithdrawalStatus status) => status switch
    {
        WithdrawalStatus.Pending => Pending,
        WithdrawalStatus.Successful => "SUCCESSFUL",
        WithdrawalStatus.Timeout => "TIMEOUT",
        WithdrawalStatus.Cancelled => "CANCELLED",
        WithdrawalStatus.Error => "ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static WithdrawalStatus Parse(string wire) => wire switch
    {
        Pending => WithdrawalStatus.Pending,
        "SUCCESSFUL" => WithdrawalStatus.Successful,
        "TIMEOUT" => WithdrawalStatus.Timeout,
        "CANCELLED" => WithdrawalStatus.Cancelled,
        "ERROR" => WithdrawalStatus.Error,
        _ => throw new ArgumentOutOfRangeException(nameof(wire), wire, "Unknown withdrawal status"),
    };
}
