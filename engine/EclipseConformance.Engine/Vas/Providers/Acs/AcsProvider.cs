using System.Text.Json.Nodes;
using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// ACS (partner 4, South Africa, Eclipse's <c>AcsMobileRecharge</c>): MTN and Vodacom airtime, data and SMS, and
/// prepaid electricity. Catalog grouped by network (<c>catalogQuery=4_{msisdn}</c> keeps the number's network) plus an
/// "Electricity" entry; <c>paymentData=4_{productId}</c>; vouchers need an <c>msisdn</c> on the product's network (else
/// IAE001), electricity a <c>meterNumber</c>. POST → BUILDING, PUT (amount, walletId, landingUrl) → the purchase; an
/// electricity result carries the UnPin and the USSD string to dial in extraInfo (S-VAS note on ACS electricity).
/// </summary>
public sealed class AcsProvider(AcsClient client, NetworkLookup networks) : ITwoStepProvider
{
    public const long PartnerId = 4;
    public const long ProviderId = 1;
    public const string ClassName = "com.ukheshe.services.mobilerecharge.provider.AcsMobileRecharge";

    public static readonly VasFieldSpec MeterNumber = new("meterNumber", "Meter number", "NUMERIC", "^[0-9]{11}$");

    public string Key => "acs";

    public string ProviderClassName => ClassName;

    public IReadOnlyList<long> PartnerIds { get; } = [PartnerId];

    public VasFlow Flow => VasFlow.TwoStep;

    public string? Currency => "ZAR";

    public async Task<VasAnswer<IReadOnlyList<VasPartner>>> GetCatalogAsync(long tenantId, long partnerId, string? query, CancellationToken cancellationToken)
    {
        var products = await ProductsAsync(cancellationToken);
        if (products.Value is not { } list)
        {
            return products.Error!;
        }

        return query is null
            ? new VasAnswer<IReadOnlyList<VasPartner>>(NetworkCatalog.Partners(PartnerId, ProviderId, list), null)
            : await NetworkCatalog.FilterAsync(networks, "ACS", PartnerId, ProviderId, list, query, cancellationToken);
    }

    public async Task<VasAnswer<VasProductSelection>> SelectAsync(
        long tenantId, long partnerId, string productPart, IReadOnlyList<AdditionalField> fields, CancellationToken cancellationToken)
    {
        var products = await ProductsAsync(cancellationToken);
        if (products.Value is not { } list)
        {
            return products.Error!;
        }

        if (list.FirstOrDefault(p => p.ProductId == productPart) is not { } product)
        {
            return ApiError.Validation($"paymentData names product {productPart}, which is not in partner {PartnerId}'s catalog (e.g. 4_M512)");
        }

        var description = $"VAS purchase  PartnerId-{PartnerId} : {product.ProductName}";
        if (!product.IsNetworkVoucher)
        {
            return new VasProductSelection(product.ProductId, null, product.ProductName, product.ProductType, null, null, null,
                [MeterNumber], [MeterNumber.Id], product.ProductId, description);
        }

        if (fields.FirstOrDefault(f => f.Id == "msisdn")?.Value is { Length: > 0 } msisdn
            && await networks.CheckVoucherAsync(msisdn, product.NetworkId, cancellationToken) is { } refused)
        {
            return refused;
        }

        return new VasProductSelection(product.ProductId, null, product.ProductName, product.ProductType, null, null, null,
            [NetworkCatalog.Msisdn], ["msisdn"], product.ProductId, description);
    }

    public IReadOnlyList<string> ValidateUpdate(PaymentUpdateRequest update) => update.LandingUrl is null ? ["landingUrl is required"] : [];

    public async Task<ProviderStep> CompleteAsync(VasWork work, CancellationToken cancellationToken) =>
        Outcome(await client.PurchaseAsync(work, cancellationToken), "voucher purchase", notFoundIsFinal: false);

    public async Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken) =>
        Outcome(await client.StatusAsync(work, cancellationToken), "voucher status query", notFoundIsFinal: true);

    private async Task<VasAnswer<IReadOnlyList<NetworkProduct>>> ProductsAsync(CancellationToken cancellationToken)
    {
        var answer = await client.CatalogueAsync(cancellationToken);
        if (!answer.IsSuccess || answer.Text("status") != "OK" || answer.Body!["items"] is not JsonArray items)
        {
            return new ApiError(502, ErrorCodes.Downstream, "ACS's catalogue is not available: " +
                (answer.Problem ?? answer.Text("message") ?? $"HTTP {answer.Status}"), "HIGH");
        }

        IReadOnlyList<NetworkProduct> products = items.OfType<JsonObject>().Select(p =>
        {
            var network = (string?)p["network"] ?? "";
            var id = NetworkIds.FromName(network);
            var group = id != NetworkIds.Unknown ? NetworkIds.Name(id) : network.Length > 0 ? network[..1] + network[1..].ToLowerInvariant() : "Other";
            return new NetworkProduct(group, id, (string?)p["code"] ?? "", (string?)p["description"] ?? "", (string?)p["category"] ?? "");
        }).ToList();
        return new VasAnswer<IReadOnlyList<NetworkProduct>>(products, null);
    }

    private static ProviderStep Outcome(JsonUpstreamAnswer answer, string what, bool notFoundIsFinal)
    {
        if (!answer.Usable || answer.Status >= 500)
        {
            return ProviderStep.Unknown($"ACS's {what} got no usable answer: {answer.Problem ?? "HTTP " + answer.Status}");
        }

        if (answer.Status == 404 && notFoundIsFinal)
        {
            return ProviderStep.NotFound("ACS has no record of the voucher (it never reached the provider)");
        }

        if (!answer.IsSuccess)
        {
            return ProviderStep.Declined($"ACS refused the {what} request (HTTP {answer.Status}): {answer.Text("message")}", FailureKind.Temporary);
        }

        if (answer.Text("status") != "OK")
        {
            return ProviderStep.Declined($"ACS declined the voucher ({answer.Text("errorCode")}): {answer.Text("message")}");
        }

        var extra = new JsonObject
        {
            ["result"] = "SUCCESS",
            ["message"] = answer.Text("message"),
            ["acsReference"] = answer.Text("acsReference"),
            ["clientReference"] = answer.Text("clientReference"),
        };
        if (answer.Body!["voucher"] is JsonObject voucher)
        {
            extra["unPin"] = (string?)voucher["unPin"];
            extra["ussdString"] = (string?)voucher["ussdString"];
        }

        return ProviderStep.Approved(extra.ToJsonString());
    }
}
