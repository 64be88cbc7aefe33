using System.Text.Json.Serialization;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// A catalog product in the documented shape: <c>partnerId</c>, <c>productId</c>, <c>productName</c>,
/// <c>productDescription</c>, <c>fixedPriceIncl</c> (two decimals, as the document prints it; absent when the provider
/// has none), <c>pinnedProduct</c>, <c>productTypeName</c> (Scan to Pay style), <c>additionalFields</c>, and
/// <c>productCategory</c> — the category the fee and settlement config keys use.
/// </summary>
public sealed record VasProduct(
    long PartnerId,
    string ProductId,
    string ProductName,
    string? ProductDescription = null,
    [property: JsonConverter(typeof(Scale2DecimalConverter))] decimal? FixedPriceIncl = null,
    bool? PinnedProduct = null,
    string? ProductTypeName = null,
    IReadOnlyList<VasFieldSpec>? AdditionalFields = null,
    string? ProductCategory = null);
