namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The payment object of S-VAS (response of POST/PUT/GET and the callback body), fields in the document's order.
/// <c>extraInfo</c> is a JSON string; <c>errorDescription</c> appears only on failure statuses.
/// </summary>
public sealed record PaymentResponse(
    long PaymentId,
    string ExternalUniqueId,
    string Status,
    decimal Amount,
    string Description,
    string Currency,
    IReadOnlyList<AdditionalField> AdditionalFields,
    IReadOnlyList<string> AcceptedCardSchemes,
    string? CardPhone,
    string? Phone,
    IReadOnlyList<string> AcceptedPaymentMechanisms,
    string PaymentType,
    string Created,
    string LastModified,
    string PaymentData,
    string? ExtraInfo,
    PaymentInstrumentInfo PaymentInstrumentInfo,
    decimal Fee,
    string PaymentReference,
    long WalletId,
    long CustomerId,
    string GatewayTransactionId,
    EmptyObject PaymentTerminalData,
    string TracingContext,
    string? ErrorDescription);
