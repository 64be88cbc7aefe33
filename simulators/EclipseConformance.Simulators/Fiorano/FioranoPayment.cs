namespace EclipseConformance.Simulators.Fiorano;

/// <summary>
/// A payment Fiorano accepted: the caller's <see cref="TransactionRef"/>, what was paid, when it was accepted and when
/// (on the simulator's clock) it is confirmed, with the outcome decided at acceptance (magic references, see the
/// README). <see cref="ConfirmAt"/> null: never confirmed.
/// </summary>
public sealed record FioranoPayment(
    string Market,
    string TransactionRef,
    string FioranoReference,
    string UtilityCode,
    string CustomerReference,
    decimal Amount,
    string Currency,
    string? SourceType,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? ConfirmAt,
    FioranoPaymentStatus Outcome,
    string? FailureCode = null,
    string? FailureDescription = null)
{
    /// <summary>The status as seen at <paramref name="now"/>.</summary>
    public FioranoPaymentStatus StatusAt(DateTimeOffset now) => ConfirmAt is { } at && now >= at ? Outcome : FioranoPaymentStatus.Pending;
}
