using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Scan to Pay (Masterpass/Oltio; partner 5, South Africa, Eclipse's <c>MasterpassRechargeProvider</c>): MTN and
/// Vodacom airtime, data and SMS bundles. Catalog grouped by network (<c>catalogQuery=5_{msisdn}</c> keeps the number's
/// network); <c>paymentData=5_{productId}</c> with an <c>msisdn</c> field on the product's network (else IAE001); POST →
/// BUILDING, PUT with amount, walletId and landingUrl → the recharge.
/// </summary>
public sealed class ScanToPayProvider(ScanToPayClient client, NetworkLookup networks) : ITwoStepProvider
{
    public const long PartnerId = 5;
    public const long ProviderId = 1;
    public const string ClassName = "com.ukheshe.services.mobilerecharge.provider.MasterpassRechargeProvider";

    public string Key => "scantopay";

    public string ProviderClassName => ClassName;

    public IReadOnlyList<long> PartnerIds { get; } = [PartnerId];

    public VasFlow Flow => VasFlow.TwoStep;

    public string? Currency => "ZAR";

    public async Task<VasAnswer<IReadOnlyList<VasPartner>>> GetCatalogAsync(long tenantId, long partnerId, string? query, CancellationToken cancellationToken)
    {
        var products = await ProductsAsync(tenantId, cancellationToken);
        if (products.Value is not { } list)
        {
            return products.Error!;
        }

        return query is null
            ? new VasAnswer<IReadOnlyList<VasPartner>>(NetworkCatalog.Partners(PartnerId, ProviderId, list), null)
            : await NetworkCatalog.FilterAsync(networks, "Scan to Pay", PartnerId, ProviderId, list, query, cancellationToken);
    }

    public async Task<VasAnswer<VasProductSelection>> SelectAsync(
        long tenantId, long partnerId, string productPart, IReadOnlyList<AdditionalField> fields, CancellationToken cancellationToken)
    {
        var products = await ProductsAsync(tenantId, cancellationToken);
        if (products.Value is not { } list)
        {
            return products.Error!;
        }

        if (list.FirstOrDefault(p => p.ProductId == productPart) is not { } product)
        {
            return ApiError.Validation($"paymentData names product {productPart}, which is not in partner {PartnerId}'s catalog (e.g. 5_VD50)");
        }

        if (fields.FirstOrDefault(f => f.Id == "msisdn")?.Value is { Length: > 0 } msisdn
            && await networks.CheckVoucherAsync(msisdn, product.NetworkId, cancellationToken) is { } refused)
        {
            return refused;
        }

        return new VasProductSelection(product.ProductId, null, product.ProductName, product.ProductType, null, null, null,
            [NetworkCatalog.Msisdn], ["msisdn"], product.ProductId, $"VAS purchase  PartnerId-{PartnerId} : {product.ProductName}");
    }

    public IReadOnlyList<string> ValidateUpdate(PaymentUpdateRequest update) => update.LandingUrl is null ? ["landingUrl is required"] : [];

    public async Task<ProviderStep> CompleteAsync(VasWork work, CancellationToken cancellationToken) =>
        Outcome(await client.RechargeAsync(work, cancellationToken), "recharge", notFoundIsFinal: false);

    public async Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken) =>
        Outcome(await client.StatusAsync(work, cancellationToken), "recharge status query", notFoundIsFinal: true);

    private async Task<VasAnswer<IReadOnlyList<NetworkProduct>>> ProductsAsync(long tenantId, CancellationToken cancellationToken)
    {
        var answer = await client.ProductsAsync(tenantId, cancellationToken);
        if (!answer.IsSuccess || answer.Text("responseCode") != "00" || answer.Body!["products"] is not System.Text.Json.Nodes.JsonArray items)
        {
            return new ApiError(502, ErrorCodes.Downstream, "Scan to Pay's product list is not available: " +
                (answer.Problem ?? answer.Text("responseMessage") ?? $"HTTP {answer.Status}"), "HIGH");
        }

        IReadOnlyList<NetworkProduct> products = items.OfType<System.Text.Json.Nodes.JsonObject>().Select(p =>
        {
            var network = (string?)p["network"] ?? "";
            var id = NetworkIds.FromName(network);
            return new NetworkProduct(id == NetworkIds.Unknown ? network : NetworkIds.Name(id), id,
                (string?)p["productCode"] ?? "", (string?)p["productName"] ?? "", (string?)p["productType"] ?? "");
        }).ToList();
        return new VasAnswer<IReadOnlyList<NetworkProduct>>(products, null);
    }

    /// <summary>00 → done (the document's "success response string" in extraInfo); another code → declined; 404 on a query → not found.</summary>
    private static ProviderStep Outcome(JsonUpstreamAnswer answer, string what, bool notFoundIsFinal)
    {
        if (!answer.Usable || answer.Status >= 500)
        {
            return ProviderStep.Unknown($"Scan to Pay's {what} got no usable answer: {answer.Problem ?? "HTTP " + answer.Status}");
        }

        if (answer.Status == 404 && notFoundIsFinal)
        {
            return ProviderStep.NotFound("Scan to Pay has no record of the recharge (it never reached the provider)");
        }

        if (!answer.IsSuccess)
        {
            return ProviderStep.Declined($"Scan to Pay refused the {what} request (HTTP {answer.Status}): {answer.Text("responseMessage")}", FailureKind.Temporary);
        }

        var code = answer.Text("responseCode");
        return code == "00"
            ? ProviderStep.Approved(new System.Text.Json.Nodes.JsonObject
            {
                ["result"] = "SUCCESS",
                ["responseCode"] = code,
                ["responseMessage"] = answer.Text("responseMessage"),
                ["transactionId"] = answer.Text("transactionId"),
                ["reference"] = answer.Text("reference"),
            }.ToJsonString())
            : ProviderStep.Declined($"Scan to Pay declined the recharge (code {code}): {answer.Text("responseMessage")}");
    }
}
