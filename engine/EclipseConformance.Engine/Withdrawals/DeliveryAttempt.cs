namespace EclipseConformance.Engine.Withdrawals;

/// <summary>How one call to the ATM network or the SMS gateway went.</summary>
public sealed record DeliveryAttempt(DeliveryAttemptKind Kind, string Note, string? Result = null)
{
    public static DeliveryAttempt Done(string note, string? result = null) => new(DeliveryAttemptKind.Done, note, result);

    public static DeliveryAttempt Refused(string why) => new(DeliveryAttemptKind.Refused, why);

    public static DeliveryAttempt Failed(string why) => new(DeliveryAttemptKind.Failed, why);
}
