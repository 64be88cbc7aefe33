namespace EclipseConformance.Engine.Withdrawals;

/// <summary>A stored after-commit task (row of <c>withdrawal_tasks</c>): register the token, or send its SMS.</summary>
public sealed record WithdrawalTask(long TaskId, long WithdrawalId, string Kind, string Status, long Attempts, long NextAttemptMs, long? ClaimedUntilMs, string? LastError)
{
    public const string Register = "REGISTER";
    public const string Sms = "SMS";
}
