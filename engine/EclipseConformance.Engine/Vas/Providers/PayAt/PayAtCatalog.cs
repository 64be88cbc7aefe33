using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Errors;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>Pay@'s billers (<c>GET /payat/v1/billers</c>) as partner 14's catalog, cached; a failed read answers DAE001 (502).</summary>
public sealed class PayAtCatalog(VasJsonClient client, IOptionsMonitor<PayAtOptions> options, CachedCatalog<PayAtCatalog.Snapshot> cache)
{
    public Task<VasAnswer<Snapshot>> GetAsync(CancellationToken cancellationToken) => cache.GetAsync(ReadAsync, cancellationToken);

    private async Task<VasAnswer<Snapshot>> ReadAsync(CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var answer = await client.SendAsync(PayAtProvider.Upstream, o.BaseUrl, PayAtProvider.SimulatorName, HttpMethod.Get, "/payat/v1/billers", null,
            [new(PayAtProvider.ApiKeyHeader, o.ApiKey)], cancellationToken);
        if (!answer.IsOk || answer.Text("responseCode") != "00" || answer.Body!["billers"] is not JsonArray billers)
        {
            return new ApiError(502, ErrorCodes.Downstream, "Pay@'s biller list is not available: " +
                (answer.IsOk ? answer.Text("responseMessage") ?? "declined" : answer.Describe(PayAtProvider.Upstream)), "HIGH");
        }

        var items = new List<PayAtItem>();
        foreach (var b in billers.OfType<JsonObject>())
        {
            var id = b["billerId"]?.ToString();
            var name = b["billerName"]?.ToString();
            var regex = b["accountNumberRegex"]?.ToString();
            if (id is null || name is null || regex is null)
            {
                continue;
            }

            var product = new VasProduct(
                PayAtProvider.PartnerId, id, name, name, 0.00m, false, null,
                [new VasFieldSpec("accountNumber", b["accountNumberLabel"]?.ToString() ?? "Account number", "ALPHANUMERIC", regex)],
                b["category"]?.ToString());
            items.Add(new PayAtItem(product, regex, Amount(b["minAmount"]), Amount(b["maxAmount"])));
        }

        var partner = new VasPartner(PayAtProvider.PartnerId, PayAtProvider.PartnerName, PayAtProvider.PartnerId, items.Select(i => i.Product).ToList());
        return new Snapshot(partner, items.ToDictionary(i => i.Product.ProductId, StringComparer.Ordinal));
    }

    private static decimal Amount(JsonNode? node) =>
        decimal.TryParse(node?.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0m;

    /// <summary>The catalog at one moment: the partner as the channel sees it and every biller by id.</summary>
    public sealed record Snapshot(VasPartner Partner, IReadOnlyDictionary<string, PayAtItem> Items);
}
