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
        if (!answer.IsOk)
        {
            return answer.IsRefusal
                ? ProviderStep.Declined($"EasyPay refused the request (HTTP {answer.Status}): {answer.Text("ResponseMessage")}", FailureKind.Temporary)
                : ProviderStep.Unknown("The EasyPay sale got no usable answer: " + answer.Describe(Upstream));
        }

        return Outcome(answer);
    }

    public async Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(HttpMethod.Get, "/easypay/api/v2/transactions/" + Uri.EscapeDataString(work.GatewayTransactionId), null, cancellationToken);
        if (answer.Status == 404 && answer.Text("ResponseCode") == "25")
        {
            return ProviderStep.NotFound("EasyPay has no record of the sale (it never reached EasyPay)");
        }

        return answer.IsOk ? Outcome(answer) : ProviderStep.Unknown("The EasyPay transaction query got no usable answer: " + answer.Describe(Upstream));
    }

    /// <summary>0 approves (extraInfo = EasyPay's answer); 91 (network unavailable) is a temporary decline; any other code a permanent one.</summary>
    private static ProviderStep Outcome(VasJsonAnswer answer)
    {
        var code = answer.Text("ResponseCode");
        if (code == "0")
        {
            return ProviderStep.Approved(answer.Body!.ToJsonString());
        }

        var description = $"EasyPay declined the sale ({code}): {answer.Text("ResponseMessage")}";
        return ProviderStep.Declined(description, code == "91" ? FailureKind.Temporary : FailureKind.Permanent);
    }

    private Task<VasJsonAnswer> CallAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        return client.SendAsync(Upstream, o.BaseUrl, SimulatorName, method, path, body, [new(TerminalHeader, o.TerminalId)], cancellationToken);
    }
}
