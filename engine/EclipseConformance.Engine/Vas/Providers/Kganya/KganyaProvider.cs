using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Kganya (partner 16, South Africa, Eclipse's <c>KganyaMobileRecharge</c>): a customer's bills and data bundles.
/// <c>catalogQuery=16_{mobile or 0}_{idNumber}</c> lists the customer's items (product ids <c>{mobile}_{id}_{n}</c>);
/// without it the partner is listed with no products. <c>paymentData=16_{productId}</c> (the document's POST also sends an
/// <c>msisdn</c>, passed on when present, not required); POST → BUILDING, PUT (amount, walletId, landingUrl) → the payment.
/// </summary>
public sealed class KganyaProvider(KganyaClient client) : ITwoStepProvider
{
    public const long PartnerId = 16;
    public const string PartnerName = "Kganya";
    public const string ClassName = "com.ukheshe.services.mobilerecharge.provider.KganyaMobileRecharge";

    public string Key => "kganya";

    public string ProviderClassName => ClassName;

    public IReadOnlyList<long> PartnerIds { get; } = [PartnerId];

    public VasFlow Flow => VasFlow.TwoStep;

    public string? Currency => "ZAR";

    public async Task<VasAnswer<IReadOnlyList<VasPartner>>> GetCatalogAsync(long tenantId, long partnerId, string? query, CancellationToken cancellationToken)
    {
        if (query is null)
        {
            return new VasAnswer<IReadOnlyList<VasPartner>>([new VasPartner(PartnerId, PartnerName, PartnerId, [])], null);
        }

        if (Parse(query, parts: 2) is not { } p)
        {
            return ApiError.Validation($"catalogQuery for partner {PartnerId} must be {PartnerId}_{{mobile or 0}}_{{idNumber}} (e.g. 16_0310564280_T089775335322)");
        }

        var items = await ItemsAsync(tenantId, p[0], p[1], cancellationToken);
        return items.Value is { } list
            ? new VasAnswer<IReadOnlyList<VasPartner>>([new VasPartner(PartnerId, PartnerName, PartnerId, list.Select(i => i.Product).ToList())], null)
            : items.Error!;
    }

    public async Task<VasAnswer<VasProductSelection>> SelectAsync(
        long tenantId, long partnerId, string productPart, IReadOnlyList<AdditionalField> fields, CancellationToken cancellationToken)
    {
        if (Parse(productPart, parts: 3) is not { } p || !int.TryParse(p[2], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return ApiError.Validation($"paymentData for partner {PartnerId} must be {PartnerId}_{{mobile or 0}}_{{idNumber}}_{{n}} (e.g. 16_0310564280_T089775335322_3)");
        }

        var items = await ItemsAsync(tenantId, p[0], p[1], cancellationToken);
        if (items.Value is not { } list)
        {
            return items.Error!;
        }

        if (list.FirstOrDefault(i => i.Product.ProductId == productPart) is not { } item)
        {
            return ApiError.Validation($"paymentData names product {productPart}, which is not among the customer's Kganya items");
        }

        return new VasProductSelection(item.Product.ProductId, null, item.Product.ProductName, item.Type, null, null, null,
            [], [], item.Product.ProductId, $"VAS purchase  PartnerId-{PartnerId} : {item.Product.ProductName}");
    }

    public IReadOnlyList<string> ValidateUpdate(PaymentUpdateRequest update) => update.LandingUrl is null ? ["landingUrl is required"] : [];

    public async Task<ProviderStep> CompleteAsync(VasWork work, CancellationToken cancellationToken) =>
        Outcome(await client.PayAsync(work, cancellationToken), "payment", notFoundIsFinal: false);

    public async Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken) =>
        Outcome(await client.StatusAsync(work, cancellationToken), "payment status query", notFoundIsFinal: true);

    /// <summary><c>{mobile or 0}_{idNumber}[_{n}]</c>: a mobile of digits (or 0), an ID of 1–20 letters and digits.</summary>
    private static string[]? Parse(string text, int parts)
    {
        var p = text.Split('_');
        return p.Length == parts
            && p[0].Length is > 0 and <= 15 && p[0].All(char.IsAsciiDigit)
            && p[1].Length is > 0 and <= 20 && p[1].All(char.IsAsciiLetterOrDigit)
            ? p
            : null;
    }

    private async Task<VasAnswer<IReadOnlyList<KganyaItem>>> ItemsAsync(long tenantId, string mobile, string idNumber, CancellationToken cancellationToken)
    {
        var answer = await client.ProductsAsync(tenantId, mobile, idNumber, cancellationToken);
        if (answer.Usable && answer.Status == 404)
        {
            return ApiError.NotFound($"Kganya customer with ID number {idNumber}{(mobile == "0" ? "" : " and mobile " + mobile)}");
        }

        if (!answer.IsSuccess || answer.Body!["products"] is not JsonArray products)
        {
            return new ApiError(502, ErrorCodes.Downstream, "Kganya's customer items are not available: " +
                (answer.Problem ?? answer.Text("message") ?? $"HTTP {answer.Status}"), "HIGH");
        }

        IReadOnlyList<KganyaItem> items = products.OfType<JsonObject>().Select(p =>
        {
            var due = p["amountDue"] is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : (decimal?)null;
            var type = (string?)p["type"] ?? "BILL";
            var product = new VasProduct(PartnerId, (string?)p["productId"] ?? "", (string?)p["name"] ?? "",
                due is { } amount ? "Amount due " + amount.ToString("0.00", CultureInfo.InvariantCulture) : null, ProductTypeName: type);
            return new KganyaItem(product, type);
        }).ToList();
        return new VasAnswer<IReadOnlyList<KganyaItem>>(items, null);
    }

    private static ProviderStep Outcome(JsonUpstreamAnswer answer, string what, bool notFoundIsFinal)
    {
        if (!answer.Usable || answer.Status >= 500)
        {
            return ProviderStep.Unknown($"Kganya's {what} got no usable answer: {answer.Problem ?? "HTTP " + answer.Status}");
        }

        if (answer.Status == 404 && notFoundIsFinal)
        {
            return ProviderStep.NotFound("Kganya has no record of the payment (it never reached the provider)");
        }

        if (!answer.IsSuccess)
        {
            return ProviderStep.Declined($"Kganya refused the {what} request (HTTP {answer.Status}): {answer.Text("message")}", FailureKind.Temporary);
        }

        return answer.Body!["success"] is JsonValue ok && ok.TryGetValue<bool>(out var success) && success
            ? ProviderStep.Approved(new JsonObject
            {
                ["result"] = "SUCCESS",
                ["message"] = answer.Text("message"),
                ["receiptNumber"] = answer.Text("receiptNumber"),
                ["reference"] = answer.Text("reference"),
            }.ToJsonString())
            : ProviderStep.Declined($"Kganya declined the payment ({answer.Text("errorCode")}): {answer.Text("message")}");
    }

    private sealed record KganyaItem(VasProduct Product, string Type);
}
