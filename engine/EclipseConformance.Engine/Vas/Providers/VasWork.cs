namespace EclipseConformance.Engine.Vas;

/// <summary>
/// What a provider sees of a payment when it is asked to act on it: the purchase as accepted and the provider's own
/// state from earlier steps (<see cref="ProviderState"/>, JSON text the provider wrote).
/// </summary>
public sealed record VasWork(
    long PaymentId,
    long TenantId,
    long CustomerId,
    long WalletId,
    string ExternalUniqueId,
    long PartnerId,
    string ProductId,
    string? PrevendProductId,
    string ProductName,
    string? ProductCategory,
    decimal Amount,
    string Currency,
    IReadOnlyList<AdditionalField> AdditionalFields,
    string ProviderState,
    int Attempts,
    int Checks)
{
    /// <summary>Eclipse's gateway reference of the payment, <c>Payment-{paymentId}</c>.</summary>
    public string GatewayTransactionId => PaymentIds.Gateway(PaymentId);

    /// <summary>The value of an additional field, or null.</summary>
    public string? Field(string id) => AdditionalFields.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal))?.Value;
}
