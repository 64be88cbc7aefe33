namespace EclipseConformance.Engine.Vas;

/// <summary><c>POST /tenants/{t}/customers/{c}/payments</c> (fact sheet 5.2; the S-VAS examples).</summary>
public sealed record CreatePaymentRequest(
    string? ExternalUniqueId,
    string? Type,
    string? PaymentData,
    IReadOnlyList<AdditionalField>? AdditionalFields,
    decimal? Amount,
    string? Currency,
    long? WalletId,
    string? CallbackUrl,
    string? LandingUrl,
    string? Description,
    bool? CustomFraudChecks,
    string? Phone,
    long? DestinationWalletId);
