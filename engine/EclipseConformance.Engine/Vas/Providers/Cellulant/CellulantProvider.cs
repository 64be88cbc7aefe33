using System.Text.Json.Nodes;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Cellulant (partner 17): the catalog is the tenant's configured services; <c>catalogQuery=17_{mobile|0}_{account}_{service}</c>
/// asks Cellulant for the account's packages; <c>paymentData</c> = <c>17_{mobile}_{account}_{service}_{package}</c>; two-step:
/// the PUT pays over Cellulant's Beep API (BEEP.postPayment), a lost or accepted-but-undelivered answer is settled by
/// BEEP.queryPaymentStatus. Amounts are in the tenant's wallet currency (KES, UGX).
/// </summary>
public sealed class CellulantProvider(CellulantClient client, CellulantCatalog catalog) : ITwoStepProvider
{
    public const long PartnerId = 17;
    public const string PartnerName = "Cellulant";
    public const string ClassName = "com.ukheshe.services.mobilerecharge.provider.CellulantMobileRecharge";
    public const string SimulatorName = "cellulant";
    public const string Upstream = "Cellulant";

    public string Key => "cellulant";

    public string ProviderClassName => ClassName;

    public IReadOnlyList<long> PartnerIds { get; } = [PartnerId];

    public VasFlow Flow => VasFlow.TwoStep;

    public string? Currency => null;

    public async Task<VasAnswer<IReadOnlyList<VasPartner>>> GetCatalogAsync(long tenantId, long partnerId, string? query, CancellationToken cancellationToken)
    {
        var tenant = await catalog.ServicesAsync(tenantId, cancellationToken);
        if (tenant.Value is not { } t)
        {
            return tenant.Error!;
        }

        if (query is null)
        {
            return new VasAnswer<IReadOnlyList<VasPartner>>([CellulantCatalog.Services(t.Services)], null);
        }

        var parts = query.Split('_');
        if (parts.Length != 3 || Invalid(parts[0], parts[1]))
        {
            return ApiError.Validation($"catalogQuery for partner {PartnerId} must be {PartnerId}_{{mobile or 0}}_{{accountNumber}}_{{serviceCode}} (e.g. 17_254707720002_042381176772_KE-DSTV)");
        }

        if (t.Find(parts[2]) is not { } service)
        {
            return ApiError.Validation($"Service {parts[2]} is not in tenant {tenantId}'s Cellulant bundles ({EclipseConfigKeys.CellulantBundles(tenantId)})");
        }

        var bill = await catalog.QueryBillAsync(t.CountryCode, service, parts[0], parts[1], cancellationToken);
        return bill.Value is { } b ? new VasAnswer<IReadOnlyList<VasPartner>>([CellulantCatalog.Packages(service, b, parts[0])], null) : bill.Error!;
    }

    public async Task<VasAnswer<VasProductSelection>> SelectAsync(
        long tenantId, long partnerId, string productPart, IReadOnlyList<AdditionalField> fields, CancellationToken cancellationToken)
    {
        var parts = productPart.Split('_');
        if (parts.Length != 4 || Invalid(parts[0], parts[1]) || parts[3].Length is 0 or > 60)
        {
            return ApiError.Validation($"paymentData for partner {PartnerId} must be {PartnerId}_{{mobile or 0}}_{{accountNumber}}_{{serviceCode}}_{{packageCode}} as the catalog's productId (e.g. 17_254707720002_042381176772_KE-DSTV_DSTVTESTKE)");
        }

        var tenant = await catalog.ServicesAsync(tenantId, cancellationToken);
        if (tenant.Value is not { } t)
        {
            return tenant.Error!;
        }

        if (t.Find(parts[2]) is not { } service)
        {
            return ApiError.Validation($"Service {parts[2]} is not in tenant {tenantId}'s Cellulant bundles ({EclipseConfigKeys.CellulantBundles(tenantId)})");
        }

        var bill = await catalog.QueryBillAsync(t.CountryCode, service, parts[0], parts[1], cancellationToken);
        if (bill.Value is not { } b)
        {
            return bill.Error!;
        }

        if (b.Packages.FirstOrDefault(p => p.Code == parts[3]) is not { } package)
        {
            return ApiError.Validation($"Package {parts[3]} is not offered for {service.ServiceCode} account {parts[1]}; ask catalogQuery={PartnerId}_{parts[0]}_{parts[1]}_{parts[2]}");
        }

        var msisdn = fields.FirstOrDefault(f => f.Id == "msisdn")?.Value is { Length: > 0 } given ? given : parts[0];
        var state = new CellulantProviderState(t.CountryCode, msisdn, parts[1], service.ServiceCode, package.Code);
        return new VasProductSelection(
            productPart, null, package.Name, service.Category, package.Amount,
            package.Amount is null && b.MinAmount > 0m ? b.MinAmount : null, package.Amount is null && b.MaxAmount > 0m ? b.MaxAmount : null,
            [], [], parts[1], $"VAS purchase  PartnerId-{PartnerId} : {b.ServiceName} {package.Name}", state.Write());
    }

    public async Task<ProviderStep> CompleteAsync(VasWork work, CancellationToken cancellationToken)
    {
        var state = CellulantProviderState.Read(work.ProviderState);
        var packet = new JsonObject
        {
            ["serviceCode"] = state.ServiceCode,
            ["accountNumber"] = state.AccountNumber,
            ["MSISDN"] = state.Msisdn,
            ["payerTransactionID"] = work.GatewayTransactionId,
            ["amount"] = work.Amount,
            ["currencyCode"] = work.Currency,
            ["packageCode"] = state.PackageCode,
            ["narration"] = $"Eclipse payment {work.PaymentId}",
        };
        var answer = await client.CallAsync(state.CountryCode, "BEEP.postPayment", packet, cancellationToken);
        if (!answer.Http.IsOk)
        {
            return answer.Http.IsRefusal
                ? ProviderStep.Declined("Cellulant refused the payment request: " + answer.Describe(), FailureKind.Temporary)
                : ProviderStep.Unknown("The Cellulant payment got no usable answer: " + answer.Describe());
        }

        if (answer.AuthStatus != CellulantAnswer.AuthSuccess)
        {
            return ProviderStep.Declined("Cellulant refused the engine: " + answer.Describe(), FailureKind.Temporary);
        }

        return answer.Status is null ? ProviderStep.Unknown("The Cellulant payment answer has no result: " + answer.Describe()) : Outcome(answer);
    }

    public async Task<ProviderStep> CheckAsync(VasWork work, CancellationToken cancellationToken)
    {
        var state = CellulantProviderState.Read(work.ProviderState);
        var answer = await client.CallAsync(state.CountryCode, "BEEP.queryPaymentStatus", new JsonObject { ["payerTransactionID"] = work.GatewayTransactionId }, cancellationToken);
        if (!answer.IsUsable)
        {
            return ProviderStep.Unknown("The Cellulant status query got no usable answer: " + answer.Describe());
        }

        return answer.Status == CellulantAnswer.TransactionNotFound
            ? ProviderStep.NotFound("Cellulant has no record of the payment (it never reached Cellulant)")
            : Outcome(answer);
    }

    /// <summary>183 delivered (extraInfo = the result); 139 accepted but not delivered yet = unknown (the status query decides); the rest declines.</summary>
    private static ProviderStep Outcome(CellulantAnswer answer) => answer.Status switch
    {
        CellulantAnswer.PaymentDelivered => ProviderStep.Approved(answer.Result!.ToJsonString()),
        CellulantAnswer.PaymentAccepted => ProviderStep.Unknown("Cellulant accepted the payment but has not delivered it yet"),
        _ => ProviderStep.Declined($"Cellulant rejected the payment ({answer.Status}): {answer.Description}"),
    };

    private static bool Invalid(string mobile, string account) =>
        !(mobile == "0" || (mobile.Length is >= 9 and <= 15 && mobile.All(char.IsAsciiDigit)))
        || account.Length is 0 or > 30 || !account.All(char.IsAsciiLetterOrDigit);
}
