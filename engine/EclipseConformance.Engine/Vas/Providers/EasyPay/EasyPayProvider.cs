using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Errors;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// EasyPay, South Africa (partner 15, Eclipse's <c>EasyPayMobileRecharge</c>): airtime, SMS packs and data; catalog = EasyPay's
/// products, <c>paymentData</c> = <c>15_{productCode}</c> with the <c>msisdn</c> additional field; two-step: the PUT (amount,
/// walletId) sells over EasyPay's JSON API; a lost answer is settled by the transaction query. Fixed-price products keep
/// their price.
/// </summary>
public sealed class EasyPayProvider(VasJsonClient client, EasyPayCatalog catalog, IOptionsMonitor<EasyPayOptions> options) : ITwoStepProvider
{
    public const long PartnerId = 15;
    public const string PartnerName = "EasyPay";
    public const string ClassName = "com.ukheshe.services.mobilerecharge.provider.EasyPayMobileRecharge";
    public const string SimulatorName = "easypay";
    public const string Upstream = "EasyPay";
    public const string TerminalHeader = "X-EasyPay-Terminal";

    public string Key => "easypay";

    /// <summary>EasyPay's answers: <c>ResponseCode</c> 0 approves, 91 (network unavailable) is temporary, 25 with 404: no such sale.</summary>
    public static readonly JsonSaleDialect Dialect = new(Upstream, "ResponseCode", "ResponseMessage", "0", "91", "25", "sale", "transaction query");

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
        if (productPart.Length is 0 or > 10 || !productPart.All(char.IsAsciiDigit))
        {
            return ApiError.Validation($"paymentData for partner {PartnerId} must be {PartnerId}_{{productCode}} (e.g. 15_1764)");
        }

        var snapshot = await catalog.GetAsync(cancellationToken);
        if (snapshot.Value is not { } s)
        {
            return snapshot.Error!;
        }

        if (!s.Items.TryGetValue(productPart, out var item))
        {
            return ApiError.Validation($"paymentData names product {productPart}, which is not in partner {PartnerId}'s catalog");
        }

        var fixedPrice = item.Product.FixedPriceIncl is > 0m ? item.Product.FixedPriceIncl : null;
        return new VasProductSelection(
            productPart, null, item.Product.ProductName, item.Product.ProductCategory, fixedPrice,
            fixedPrice is null && item.MinAmount > 0m ? item.MinAmount : null, fixedPrice is null && item.MaxAmount > 0m ? item.MaxAmount : null,
            item.Product.AdditionalFields ?? [], [], productPart, $"VAS purchase  PartnerId-{PartnerId} : {item.Product.ProductName}");
    }

    public async Task<ProviderStep> CompleteAsync(VasWork work, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["ClientReference"] = work.GatewayTransactionId,
            ["ProductCode"] = int.Parse(work.ProductId, NumberStyles.None, CultureInfo.InvariantCulture),
            ["Msisdn"] = work.Field("msisdn"),
            ["Amount"] = work.Amount,
        };
        var answer = await CallAsync(HttpMethod.Post, "/easypay/api/v2/transactions", body, cancellationToken);
        return JsonSaleOutcome.OfSale(answer, Dialect);
    }

    public async Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(HttpMethod.Get, "/easypay/api/v2/transactions/" + Uri.EscapeDataString(work.GatewayTransactionId), null, cancellationToken);
        return JsonSaleOutcome.OfQuery(answer, Dialect);
    }

    private Task<VasJsonAnswer> CallAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        return client.SendAsync(Upstream, o.BaseUrl, SimulatorName, method, path, body, [new(TerminalHeader, o.TerminalId)], cancellationToken);
    }
}
