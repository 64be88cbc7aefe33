using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Partner 17's catalog for one tenant: the services of its <c>mobilerecharge.cellulant.bundles.{tenantId}</c> JSON in the
/// country of <c>cellulant.config.countryCode</c> (both required: PNF001), and for one account the packages BEEP.queryBill offers.
/// </summary>
public sealed class CellulantCatalog(EclipseConfig config, CellulantClient client)
{
    public const string CountryCodeKey = "cellulant.config.countryCode";

    /// <summary>The tenant's country code and services, or PNF001 naming the missing or malformed key.</summary>
    public async Task<VasAnswer<TenantServices>> ServicesAsync(long tenantId, CancellationToken cancellationToken)
    {
        var json = await config.CellulantBundlesAsync(tenantId, cancellationToken);
        var country = (await config.ResolveAsync(tenantId, CountryCodeKey, cancellationToken))?.Value.Trim();
        var missing = new List<string>();
        var bundles = json is null ? null : CellulantBundles.Parse(json);
        if (bundles is null)
        {
            missing.Add(EclipseConfigKeys.CellulantBundles(tenantId));
        }

        if (country is not { Length: 2 } || !country.All(char.IsAsciiLetterUpper))
        {
            missing.Add(CountryCodeKey);
        }

        return missing.Count > 0 ? VasSettlementConfig.Missing(tenantId, missing) : new TenantServices(country!, bundles!);
    }

    /// <summary>BEEP.queryBill: the account's bill and packages, or IAE001 (no such account), VAL001 (service not offered), DAE001 (upstream).</summary>
    public async Task<VasAnswer<CellulantBill>> QueryBillAsync(string country, CellulantBundle service, string msisdn, string account, CancellationToken cancellationToken)
    {
        var packet = new JsonObject { ["serviceCode"] = service.ServiceCode, ["accountNumber"] = account, ["MSISDN"] = msisdn };
        var answer = await client.CallAsync(country, "BEEP.queryBill", packet, cancellationToken);
        if (!answer.IsUsable)
        {
            return new ApiError(502, ErrorCodes.Downstream, "Cellulant could not be asked for the bill: " + answer.Describe(), "HIGH");
        }

        var r = answer.Result!;
        return answer.Status switch
        {
            CellulantAnswer.BillFound => new CellulantBill(
                service.ServiceCode,
                r["serviceName"]?.ToString() ?? service.Name,
                account,
                r["customerName"]?.ToString() ?? "",
                r["currencyCode"]?.ToString() ?? "",
                Amount(r["minAmount"]) ?? 0m,
                Amount(r["maxAmount"]) ?? 0m,
                (r["packages"] as JsonArray ?? []).OfType<JsonObject>()
                    .Select(p => new CellulantBill.Package(p["packageCode"]?.ToString() ?? "", p["packageName"]?.ToString() ?? "", Amount(p["amount"])))
                    .Where(p => p.Code.Length > 0 && !p.Code.Contains('_', StringComparison.Ordinal))
                    .ToList()),
            CellulantAnswer.BillNotFound => ApiError.Business($"Cellulant found no account {account} for {service.ServiceCode}: {answer.Description}"),
            _ => ApiError.Validation($"Cellulant refused the bill query for {service.ServiceCode} ({answer.Status}): {answer.Description}"),
        };
    }

    /// <summary>Products of the whole catalog: one per service, its code as productId.</summary>
    public static VasPartner Services(IReadOnlyList<CellulantBundle> services) => new(
        CellulantProvider.PartnerId,
        CellulantProvider.PartnerName,
        CellulantProvider.PartnerId,
        services.Select(s => new VasProduct(
            CellulantProvider.PartnerId, s.ServiceCode, s.Name, s.Description ?? s.Name, 0.00m, false, null,
            [new VasFieldSpec("accountNumber", s.AccountLabel ?? "Account number", "ALPHANUMERIC", s.AccountRegex)],
            s.Category)).ToList());

    /// <summary>Products for one account: one per package, productId <c>{mobile}_{account}_{service}_{package}</c>.</summary>
    public static VasPartner Packages(CellulantBundle service, CellulantBill bill, string mobile) => new(
        CellulantProvider.PartnerId,
        CellulantProvider.PartnerName,
        CellulantProvider.PartnerId,
        bill.Packages.Select(p => new VasProduct(
            CellulantProvider.PartnerId, $"{mobile}_{bill.AccountNumber}_{service.ServiceCode}_{p.Code}", p.Name,
            $"{bill.ServiceName} {bill.AccountNumber} ({bill.CustomerName})", p.Amount ?? 0.00m, false, null, [], service.Category)).ToList());

    private static decimal? Amount(JsonNode? node) =>
        decimal.TryParse(node?.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A tenant's Cellulant country and its services.</summary>
    public sealed record TenantServices(string CountryCode, IReadOnlyList<CellulantBundle> Services)
    {
        public CellulantBundle? Find(string serviceCode) => Services.FirstOrDefault(s => s.ServiceCode == serviceCode);
    }
}
