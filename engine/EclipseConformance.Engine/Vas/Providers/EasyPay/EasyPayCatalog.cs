using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Errors;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>EasyPay's products (<c>GET /easypay/api/v2/products</c>) as partner 15's catalog, cached; a failed read answers DAE001 (502).</summary>
public sealed class EasyPayCatalog(VasJsonClient client, IOptionsMonitor<EasyPayOptions> options, CachedCatalog<EasyPayCatalog.Snapshot> cache)
{
    /// <summary>The msisdn the products ask for: a South African mobile number, local or international.</summary>
    public const string MsisdnRegex = "^(\\+?27|0)[0-9]{9}$";

    public Task<VasAnswer<Snapshot>> GetAsync(CancellationToken cancellationToken) => cache.GetAsync(ReadAsync, cancellationToken);

    private async Task<VasAnswer<Snapshot>> ReadAsync(CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var answer = await client.SendAsync(EasyPayProvider.Upstream, o.BaseUrl, EasyPayProvider.SimulatorName, HttpMethod.Get, "/easypay/api/v2/products", null,
            [new(EasyPayProvider.TerminalHeader, o.TerminalId)], cancellationToken);
        if (!answer.IsOk || answer.Text("ResponseCode") != "0" || answer.Body!["Products"] is not JsonArray products)
        {
            return new ApiError(502, ErrorCodes.Downstream, "EasyPay's product list is not available: " +
                (answer.IsOk ? answer.Text("ResponseMessage") ?? "declined" : answer.Describe(EasyPayProvider.Upstream)), "HIGH");
        }

        var items = new List<EasyPayItem>();
        foreach (var p in products.OfType<JsonObject>())
        {
            var code = p["ProductCode"]?.ToString();
            var name = p["ProductName"]?.ToString();
            if (code is null || name is null)
            {
                continue;
            }

            var fixedAmount = Amount(p["FixedAmount"]);
            var product = new VasProduct(
                EasyPayProvider.PartnerId, code, name, $"{p["Network"]} {p["Category"]}".Trim(), fixedAmount ?? 0.00m, p["Pinned"]?.GetValue<bool>() ?? false, null,
                [new VasFieldSpec("msisdn", "Phone number", "NUMERIC", MsisdnRegex)],
                p["Category"]?.ToString());
            items.Add(new EasyPayItem(product, Amount(p["MinAmount"]) ?? 0m, Amount(p["MaxAmount"]) ?? 0m));
        }

        var partner = new VasPartner(EasyPayProvider.PartnerId, EasyPayProvider.PartnerName, EasyPayProvider.PartnerId, items.Select(i => i.Product).ToList());
        return new Snapshot(partner, items.ToDictionary(i => i.Product.ProductId, StringComparer.Ordinal));
    }

    private static decimal? Amount(JsonNode? node) =>
        decimal.TryParse(node?.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The catalog at one moment: the partner as the channel sees it and every product by code.</summary>
    public sealed record Snapshot(VasPartner Partner, IReadOnlyDictionary<string, EasyPayItem> Items);
}
