namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The product a payment's <c>paymentData</c> selects, as its provider understands it: what to sell, how it is priced,
/// which additional fields it needs (catalog specs with their regex, plus fields the provider requires), and what the
/// payment shows as <c>paymentReference</c> and <c>description</c>. <see cref="InitialProviderState"/> is the
/// provider's private state the payment starts with (e.g. its upstream request ids).
/// </summary>
public sealed record VasProductSelection(
    string ProductId,
    string? PrevendProductId,
    string ProductName,
    string? ProductCategory,
    decimal? FixedPrice,
    decimal? MinAmount,
    decimal? MaxAmount,
    IReadOnlyList<VasFieldSpec> Fields,
    IReadOnlyList<string> RequiredFields,
    string PaymentReference,
    string Description,
    string InitialProviderState = "{}");
