using System.Globalization;
using System.Xml.Linq;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// FrontierWeb Services, Botswana (partner 20, Eclipse's <c>FrontierVasProvider</c>): catalog from GetProductList,
/// <c>paymentData</c> = <c>20_{vendProductId}_{prevendProductId}</c> (<c>_0</c>: no pre-vend), then PreVend, Vend and —
/// after a lost answer — TransactionCheck over SOAP. Amounts of fixed-price items come from the catalog.
/// </summary>
public sealed class FrontierWebProvider(FrontierWebClient client, FrontierCatalog catalog, IRandomSource random) : ISinglePostProvider
{
    public const long PartnerId = 20;
    public const string ClassName = "com.ukheshe.services.mobilerecharge.provider.FrontierVasProvider";

    public string Key => "frontierweb";

    public string ProviderClassName => ClassName;

    public IReadOnlyList<long> PartnerIds { get; } = [PartnerId];

    public VasFlow Flow => VasFlow.SinglePost;

    public string? Currency => "BWP";

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
        var parts = productPart.Split('_');
        if (parts.Length != 2 || !parts.All(p => p.Length is > 0 and <= 10 && p.All(char.IsAsciiDigit)))
        {
            return ApiError.Validation(
                $"paymentData for partner {PartnerId} must be {PartnerId}_{{vendProductId}}_{{prevendProductId}} (e.g. 20_1248_1247, or 20_501_0 without a pre-vend)");
        }

        var snapshot = await catalog.GetAsync(cancellationToken);
        if (snapshot.Value is not { } s)
        {
            return snapshot.Error!;
        }

        var (vendId, prevendId) = (parts[0], parts[1] == "0" ? null : parts[1]);
        if (!s.Items.TryGetValue(vendId, out var item))
        {
            return ApiError.Validation($"paymentData names product {vendId}, which is not in partner {PartnerId}'s catalog");
        }

        if (item.IsPrevendOnly)
        {
            return ApiError.Validation($"Product {vendId} ({item.Product.ProductName}) is a pre-vend product and cannot be bought; use it as the third part of paymentData");
        }

        if (prevendId is not null && prevendId != item.PrevendProductId)
        {
            return ApiError.Validation(item.PrevendProductId is null
                ? $"Product {vendId} ({item.Product.ProductName}) has no pre-vend product; use {PartnerId}_{vendId}_0"
                : $"The pre-vend product of {vendId} ({item.Product.ProductName}) is {item.PrevendProductId}, not {prevendId}");
        }

        var state = new FrontierProviderState(random.NextGuid().ToString(), random.NextGuid().ToString(), null);
        return new VasProductSelection(
            vendId,
            prevendId,
            item.Product.ProductName,
            item.Product.ProductCategory,
            item.Product.FixedPriceIncl is > 0m ? item.Product.FixedPriceIncl : null,
            item.MinAmount > 0m ? item.MinAmount : null,
            item.MaxAmount > 0m ? item.MaxAmount : null,
            item.Product.AdditionalFields ?? [],
            item.RequiredFields,
            $"{vendId}_{parts[1]}",
            $"VAS purchase  PartnerId-{PartnerId} : {item.Product.ProductName}",
            state.Write());
    }

    public async Task<ProviderStep> PrevendAsync(VasWork work, CancellationToken cancellationToken)
    {
        var state = FrontierProviderState.Read(work.ProviderState);
        var answer = await client.CallAsync("PreVend", Fields(work, state.PrevendRequestId, work.PrevendProductId!, amount: null), cancellationToken);
        if (answer.Kind != FrontierAnswerKind.Result)
        {
            return NotAResult(answer, "pre-vend");
        }

        return ResponseCode(answer.Result!) == 0
            ? ProviderStep.Approved(providerState: (state with { PrevendResponse = FrontierResultJson.ToJson(answer.Result!) }).Write())
            : ProviderStep.Declined(Decline(answer.Result!, "pre-vend"));
    }

    public async Task<ProviderStep> VendAsync(VasWork work, CancellationToken cancellationToken)
    {
        var state = FrontierProviderState.Read(work.ProviderState);
        var answer = await client.CallAsync("Vend", Fields(work, state.VendRequestId, work.ProductId, work.Amount), cancellationToken);
        if (answer.Kind != FrontierAnswerKind.Result)
        {
            return NotAResult(answer, "vend");
        }

        return ResponseCode(answer.Result!) == 0
            ? ProviderStep.Approved(FrontierExtraInfo.Build(state.PrevendResponse, FrontierResultJson.ToJson(answer.Result!)))
            : ProviderStep.Declined(Decline(answer.Result!, "vend"));
    }

    public async Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken)
    {
        var state = FrontierProviderState.Read(work.ProviderState);
        var answer = await client.CallAsync("TransactionCheck", [new("requestId", state.VendRequestId)], cancellationToken);
        if (answer.Kind != FrontierAnswerKind.Result || ResponseCode(answer.Result!) != 0)
        {
            return ProviderStep.Unknown("The transaction check got no usable answer: " + (answer.Kind == FrontierAnswerKind.Result
                ? FrontierSoap.Text(answer.Result!, "responseMessage") : answer.Describe()));
        }

        var original = answer.Result!.Element(FrontierSoap.Fw + "originalResult");
        return FrontierSoap.Text(answer.Result!, "transactionStatus") switch
        {
            "SUCCESSFUL" when original is not null && original.HasElements =>
                ProviderStep.Approved(FrontierExtraInfo.Build(state.PrevendResponse, FrontierResultJson.ToJson(original))),
            "FAILED" => ProviderStep.Declined(original is not null && original.HasElements ? Decline(original, "vend") : "FrontierWeb reports the vend as failed"),
            "NOT_FOUND" => ProviderStep.NotFound("FrontierWeb has no record of the vend (it never reached the provider); the payment was reversed"),
            var other => ProviderStep.Unknown($"The transaction check answered {other ?? "no status"}"),
        };
    }

    private static List<KeyValuePair<string, string?>> Fields(VasWork work, string requestId, string itemId, decimal? amount) =>
    [
        new("requestId", requestId),
        new("itemId", itemId),
        new("amount", amount?.ToString("0.00", CultureInfo.InvariantCulture)),
        new("msisdn", work.Field("msisdn")),
        new("meterNumber", work.Field("meterNumber")),
        new("accountNumber", work.Field("accountNumber")),
    ];

    private static int ResponseCode(XElement result) =>
        int.TryParse(FrontierSoap.Text(result, "responseCode"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) ? code : -1;

    private static string Decline(XElement result, string phase)
    {
        var error = result.Element(FrontierSoap.Fw + "thirdPartyResponse")?.Element(FrontierSoap.Fw + "thirdPartyErrorResponse");
        var message = error is null ? null : FrontierSoap.Text(error, "errorMessage");
        return $"FrontierWeb declined the {phase} (response code {ResponseCode(result)}){(message is null ? "" : ": " + message)}";
    }

    /// <summary>A fault or no answer: a Client fault means the request itself was refused (nothing happened); the rest is unknown.</summary>
    private static ProviderStep NotAResult(FrontierAnswer answer, string phase) => answer.IsClientFault
        ? ProviderStep.Declined($"FrontierWeb refused the {phase} request: {answer.FaultString} ({answer.ErrorCode})", FailureKind.Temporary)
        : ProviderStep.Unknown($"The {phase} got no usable answer: {answer.Describe()}");
}
