using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Vas;

/// <summary>Turns Fiorano's catalog and lookup answers into Eclipse's catalog objects (the S-VAS DTB examples' shape).</summary>
public static class DtbCatalog
{
    /// <summary>The local catalog: one product per utility, <c>productTypeName</c>/<c>productCategory</c>/<c>productDescription</c> as Fiorano lists them.</summary>
    public static VasPartner LocalCatalog(DtbMarket market, FioranoAnswer answer) => new(
        market.PartnerId,
        market.PartnerName,
        market.PartnerId,
        Entries(answer).Select(p => new VasProduct(
            market.PartnerId,
            p.Code,
            null!, // the document's local catalog has no productName; null leaves it out of the JSON
            p.Description,
            PinnedProduct: false,
            ProductTypeName: p.Type,
            AdditionalFields: market.ProductFields,
            ProductCategory: p.Category)).ToList());

    /// <summary>The utilities of a catalog answer (code, type, category, description).</summary>
    public static IReadOnlyList<(string Code, string? Type, string? Category, string? Description)> Entries(FioranoAnswer answer) =>
        (answer.Body?["products"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(p => (Code: Str(p, "utilityCode") ?? "", Type: Str(p, "productType"), Category: Str(p, "category"), Description: Str(p, "description")))
            .Where(p => p.Code.Length > 0)
            .ToList();

    /// <summary>
    /// A lookup: one product <c>{utility}_{productReference}</c> named after the utility, whose additionalFields are the
    /// account's details as <c>{id, defaultValue}</c> (in Fiorano's order), then the market's input fields.
    /// </summary>
    public static VasPartner Account(DtbMarket market, string utilityCode, FioranoAnswer answer)
    {
        var details = (answer.Body?["details"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(d => new VasFieldSpec(Str(d, "name") ?? "", DefaultValue: Str(d, "value")))
            .Where(d => d.Id.Length > 0);
        var reference = answer.Text("productReference") ?? answer.Text("reference") ?? "";
        var product = new VasProduct(
            market.PartnerId,
            $"{utilityCode}_{reference}",
            utilityCode,
            PinnedProduct: false,
            AdditionalFields: [.. details, .. market.ProductFields]);
        return new VasPartner(market.PartnerId, market.PartnerName, market.PartnerId, [product]);
    }

    private static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
