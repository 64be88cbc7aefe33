namespace EclipseConformance.Engine.Vas;

/// <summary><c>PUT /tenants/{t}/payments/{id}</c>: the remaining fields of a two-step payment (REF-PAYPUT, S-VAS step 5).</summary>
public sealed record PaymentUpdateRequest(
    decimal? Amount,
    long? WalletId,
    string? LandingUrl,
    string? CallbackUrl,
    string? ExternalUniqueId,
    IReadOnlyList<AdditionalField>? AdditionalFields,
    string? Description);
