using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// The withdrawal as Eclipse answers it (fact sheet 4.3, EFT-PWM's example): the creation answer, the query answer and
/// the callback body are this object, serialised once by <see cref="WithdrawalJson"/>.
/// </summary>
public sealed record WithdrawalView(
    long WithdrawalId,
    string ExternalUniqueId,
    string Status,
    string? Token,
    string? Expires,
    decimal Amount,
    string Currency,
    string Gateway,
    string Type,
    string SubType,
    long WalletId,
    decimal Fee,
    string Created,
    string LastModified,
    string? Description,
    string? DeliverToPhone,
    string TracingContext,
    string ExtraInfo,
    string? ErrorDescription)
{
    public static WithdrawalView From(Withdrawal w) => new(
        w.WithdrawalId, w.ExternalUniqueId, w.Status, w.Token, w.ExpiresMs is { } expires ? Timestamps.ToWire(expires) : null,
        new Money(w.Amount).ToDecimal(), w.Currency, w.Gateway, w.Category, w.SubType, w.WalletId, new Money(w.Fee).ToDecimal(),
        Timestamps.ToWire(w.CreatedMs), Timestamps.ToWire(w.LastModifiedMs), w.Description, w.DeliverToPhone, w.TracingContext, "{}",
        w.ErrorDescription);
}
