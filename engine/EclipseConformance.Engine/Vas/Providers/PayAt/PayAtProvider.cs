using System.Text.Json.Nodes;
using EclipseConformance.Engine.Errors;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Pay@ bill payments, South Africa (partner 14, Eclipse's <c>PayAtRecharge</c>): catalog = Pay@'s billers,
/// <c>paymentData</c> = <c>14_{billerId}</c> with the <c>accountNumber</c> additional field; two-step: the POST builds,
/// the PUT (amount, walletId) pays the biller account over Pay@'s JSON API; a lost answer is settled by the status query.
/// </summary>
public sealed class PayAtProvider(VasJsonClient client, PayAtCatalog catalog, IOptionsMonitor<PayAtOptions> options) : ITwoStepProvider
{
    public const long PartnerId = 14;
    public const string PartnerName = "Pay@";
    public const string ClassName = "com.ukheshe.services.mobilerecharge.provider.PayAtRecharge";
    public const string SimulatorName = "payat";
    public const string Upstream = "Pay@";
    public const string ApiKeyHeader = "X-PayAt-Api-Key";

    public string Key => "payat";

    /// <summary>Pay@'s answers: <c>responseCode</c> "00" approves, "91" (biller unavailable) is temporary, "25" with 404: no such payment.</summary>
    public static readonly JsonSaleDialect Dialect = new(Upstream, "responseCode", "responseMessage", "00", "91", "25", "payment", "status query");

    public string ProviderClassName => ClassName;

    public IReadOnlyList<long> PartnerIds { get; } = [PartnerId];

    public VasFlow Flow => VasFlow.TwoStep;

    public string? Currency => "ZAR";

    public async Task<VasAnswer<IReadOnlyList<VasPartner>>> GetCatalogAsync(long tenantId, long partnerId, string? query, CancellationToken cancellationToken)
    {
        if (query is not null)
        {
            return ApiError.Validation($"catalogQuery for partner {PartnerId} takes no parameters (use catalogQuery={PartnerId})");
        }

        var snapshot = await catalog.GetAsync(cancellationToken);
        return snapshot.Value is { } s ? new VasAnswer<IReadOnlyList<VasPartner>>([s.Partner], null) : snapshot.Error!;
    }

    public async Task<VasAnswer<VasProductSelection>> SelectAsync(
        long tenantId, long partnerId, string productPart, IReadOnlyList<AdditionalField> fields, CancellationToken cancellationToken)
    {
        if (productPart.Length is 0 or > 20 || !productPart.All(char.IsAsciiDigit))
        {
            return ApiError.Validation($"paymentData for partner {PartnerId} must be {PartnerId}_{{billerId}} (e.g. 14_14577)");
        }

        var snapshot = await catalog.GetAsync(cancellationToken);
        if (snapshot.Value is not { } s)
        {
            return snapshot.Error!;
        }

        if (!s.Items.TryGetValue(productPart, out var item))
        {
            return ApiError.Validation($"paymentData names biller {productPart}, which is not in partner {PartnerId}'s catalog");
        }

        return new VasProductSelection(
            productPart, null, item.Product.ProductName, item.Product.ProductCategory, null,
            item.MinAmount > 0m ? item.MinAmount : null, item.MaxAmount > 0m ? item.MaxAmount : null,
            item.Product.AdditionalFields ?? [], ["accountNumber"], productPart,
            $"VAS purchase  PartnerId-{PartnerId} : {item.Product.ProductName}");
    }

    public async Task<ProviderStep> CompleteAsync(VasWork work, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["reference"] = work.GatewayTransactionId,
            ["billerId"] = work.ProductId,
            ["accountNumber"] = work.Field("accountNumber"),
            ["amount"] = work.Amount,
            ["currency"] = work.Currency,
        };
        var answer = await CallAsync(HttpMethod.Post, "/payat/v1/payments", body, cancellationToken);
        return JsonSaleOutcome.OfSale(answer, Dialect);
    }

    public async Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(HttpMethod.Get, "/payat/v1/payments/" + Uri.EscapeDataString(work.GatewayTransactionId), null, cancellationToken);
        return JsonSaleOutcome.OfQuery(answer, Dialect);
    }

    private Task<VasJsonAnswer> CallAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        return client.SendAsync(Upstream, o.BaseUrl, SimulatorName, method, path, body, [new(ApiKeyHeader, o.ApiKey)], cancellationToken);
    }
}
