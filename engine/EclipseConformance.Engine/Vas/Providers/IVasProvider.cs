namespace EclipseConformance.Engine.Vas;

/// <summary>
/// One VAS provider family (one upstream): its catalog and how its <c>paymentData</c> selects a product. A provider
/// also implements exactly one flow interface — <see cref="ISinglePostProvider"/>, <see cref="ITwoStepProvider"/> or
/// <see cref="IPendingConfirmationProvider"/> — which the matching state machine drives (ADR 0024). Register it with
/// <c>services.AddVasProvider&lt;T&gt;()</c>; a tenant sees it when <see cref="ProviderClassName"/> is listed in its
/// <c>mobilerecharge.providers</c>.
/// </summary>
public interface IVasProvider
{
    /// <summary>Short stable name, stored on each payment (e.g. <c>frontierweb</c>).</summary>
    string Key { get; }

    /// <summary>Eclipse's provider class, as tenants list it in <c>mobilerecharge.providers</c>.</summary>
    string ProviderClassName { get; }

    /// <summary>The partner ids this provider answers (the first part of <c>catalogQuery</c> and <c>paymentData</c>).</summary>
    IReadOnlyList<long> PartnerIds { get; }

    VasFlow Flow { get; }

    /// <summary>The currency its products are sold in, or null when it follows the wallet.</summary>
    string? Currency { get; }

    /// <summary>
    /// The catalog for <c>catalogQuery</c> = <paramref name="partnerId"/>[_<paramref name="query"/>] (query null for the
    /// whole catalog): partners with products, or a rejection (VAL001 for a malformed query, DAE001 when the upstream fails).
    /// </summary>
    Task<VasAnswer<IReadOnlyList<VasPartner>>> GetCatalogAsync(long tenantId, long partnerId, string? query, CancellationToken cancellationToken);

    /// <summary>
    /// The product selected by <c>paymentData</c> = <paramref name="partnerId"/>_<paramref name="productPart"/> with the
    /// request's additional fields, or a rejection (VAL001 for an unknown or unsellable product, IAE001 for a provider-side
    /// refusal). Nothing is stored yet; the engine validates the fields against the returned specs afterwards.
    /// </summary>
    Task<VasAnswer<VasProductSelection>> SelectAsync(
        long tenantId, long partnerId, string productPart, IReadOnlyList<AdditionalField> fields, CancellationToken cancellationToken);
}
