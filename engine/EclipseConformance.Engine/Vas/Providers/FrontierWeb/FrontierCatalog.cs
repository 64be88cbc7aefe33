using System.Globalization;
using System.Xml.Linq;
using EclipseConformance.Engine.Errors;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// FrontierWeb's catalog, read with GetProductList over SOAP and kept for <see cref="VasOptions.CatalogCacheTtl"/> on the
/// engine's clock. A failed read is not cached and answers DAE001 (502).
/// </summary>
public sealed class FrontierCatalog(FrontierWebClient client, IOptionsMonitor<VasOptions> options, TimeProvider time)
{
    private volatile Snapshot? _cached;

    public async Task<VasAnswer<Snapshot>> GetAsync(CancellationToken cancellationToken)
    {
        var ttl = options.CurrentValue.CatalogCacheTtl;
        var now = time.GetUtcNow();
        if (_cached is { } cached && ttl > TimeSpan.Zero && now - cached.FetchedAt < ttl)
        {
            return cached;
        }

        var answer = await client.CallAsync("GetProductList", [], cancellationToken);
        if (answer.Kind != FrontierAnswerKind.Result || FrontierSoap.Text(answer.Result!, "responseCode") != "0")
        {
            return new ApiError(502, ErrorCodes.Downstream, "FrontierWeb's product list is not available: " +
                (answer.Kind == FrontierAnswerKind.Result ? FrontierSoap.Text(answer.Result!, "responseMessage") ?? "declined" : answer.Describe()), "HIGH");
        }

        var snapshot = Parse(answer.Result!, now);
        _cached = snapshot;
        return snapshot;
    }

    /// <summary>Forgets the cached catalog (the next read asks FrontierWeb again).</summary>
    public void Invalidate() => _cached = null;

    private static Snapshot Parse(XElement result, DateTimeOffset fetchedAt)
    {
        var fw = FrontierSoap.Fw;
        var partnerId = Long(FrontierSoap.Text(result, "partnerId"), FrontierWebProvider.PartnerId);
        var items = new List<FrontierItem>();
        foreach (var p in result.Element(fw + "products")?.Elements() ?? [])
        {
            var fields = (p.Element(fw + "additionalFields")?.Elements() ?? []).Select(f => new VasFieldSpec(
                FrontierSoap.Text(f, "id") ?? "",
                FrontierSoap.Text(f, "title"),
                FrontierSoap.Text(f, "type"),
                FrontierSoap.Text(f, "regex"),
                FrontierSoap.Text(f, "defaultValue"))).ToList();
            var product = new VasProduct(
                partnerId,
                FrontierSoap.Text(p, "productId") ?? "",
                FrontierSoap.Text(p, "productName") ?? "",
                FrontierSoap.Text(p, "productDescription"),
                Decimal(FrontierSoap.Text(p, "fixedPriceIncl")),
                FrontierSoap.Text(p, "pinnedProduct") == "true",
                null,
                fields,
                FrontierSoap.Text(p, "productCategory"));
            items.Add(new FrontierItem(
                product,
                FrontierSoap.Text(p, "vendType") ?? "",
                FrontierSoap.Text(p, "prevendProductId"),
                (p.Element(fw + "requiredFields")?.Elements() ?? []).Select(e => e.Value.Trim()).Where(v => v.Length > 0).ToList(),
                Decimal(FrontierSoap.Text(p, "minAmount")) ?? 0m,
                Decimal(FrontierSoap.Text(p, "maxAmount")) ?? 0m));
        }

        var partner = new VasPartner(
            partnerId,
            FrontierSoap.Text(result, "partnerName") ?? "FrontierWebServices",
            Long(FrontierSoap.Text(result, "providerId"), partnerId),
            items.Select(i => i.Product).ToList());
        return new Snapshot(partner, items.ToDictionary(i => i.Product.ProductId, StringComparer.Ordinal), fetchedAt);
    }

    private static decimal? Decimal(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static long Long(string? text, long fallback) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>The catalog at one moment: the partner as the channel sees it and every item by product id.</summary>
    public sealed record Snapshot(VasPartner Partner, IReadOnlyDictionary<string, FrontierItem> Items, DateTimeOffset FetchedAt);
}
