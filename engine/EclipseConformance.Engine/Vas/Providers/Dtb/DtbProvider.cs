using System.Text.RegularExpressions;
using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// DTB through the Fiorano gateway (ADR 0032), one subclass per country. Catalog: <c>{partner}_LOCAL-CATALOG</c> (or no
/// query) lists the utilities; <c>{partner}_{utility}_{reference}[_{area}]</c> validates a reference (a KRA/URA PRN, an
/// NWSC customer and area, an UMEME account, an MTN number) and answers its details. Payment:
/// <c>paymentData</c> = <c>{partner}_{utility}_{reference}</c>; the POST submits it to Fiorano and answers PENDING with the
/// <c>dtb*</c> extraInfo; the work queue asks Fiorano for the confirmation (SUCCESSFUL, or ERROR with the hold released).
/// </summary>
public abstract partial class DtbProvider(
    DtbMarket market, FioranoClient client, CustomerStore customers, WalletStore wallets, DtbSourceTypes sourceTypes) : IPendingConfirmationProvider
{
    public const string LocalCatalog = "LOCAL-CATALOG";

    public DtbMarket Market => market;

    public string Key => market.Key;

    public string ProviderClassName => market.ClassName;

    public IReadOnlyList<long> PartnerIds => [market.PartnerId];

    public VasFlow Flow => VasFlow.PendingConfirmation;

    public string? Currency => market.Currency;

    public async Task<VasAnswer<IReadOnlyList<VasPartner>>> GetCatalogAsync(long tenantId, long partnerId, string? query, CancellationToken cancellationToken)
    {
        if (query is null || string.Equals(query, LocalCatalog, StringComparison.OrdinalIgnoreCase))
        {
            var catalog = await client.GetAsync(market, "catalog", cancellationToken);
            return catalog.IsSuccess
                ? new VasAnswer<IReadOnlyList<VasPartner>>([DtbCatalog.LocalCatalog(market, catalog)], null)
                : Unavailable("catalog", catalog);
        }

        if (Parse(query) is not { } target)
        {
            return ApiError.Validation(
                $"catalogQuery for partner {market.PartnerId} must be {market.PartnerId}_{LocalCatalog} or {market.PartnerId}_{{utilityCode}}_{{reference}} " +
                $"(NWSC: {market.PartnerId}_NWSC_{{reference}}_{{area}})");
        }

        if (target.Utility == "NWSC" && target.Area is null)
        {
            return ApiError.Validation($"catalogQuery for NWSC must be {market.PartnerId}_NWSC_{{reference}}_{{area}}, e.g. 21_NWSC_21117391_Kampala");
        }

        var path = $"utilities/{Uri.EscapeDataString(target.Utility)}/accounts/{Uri.EscapeDataString(target.Reference)}"
            + (target.Area is null ? "" : "?area=" + Uri.EscapeDataString(target.Area));
        var answer = await client.GetAsync(market, path, cancellationToken);
        if (answer.IsSuccess)
        {
            return new VasAnswer<IReadOnlyList<VasPartner>>([DtbCatalog.Account(market, target.Utility, answer)], null);
        }

        return answer.IsRefusal
            ? ApiError.Business($"DTB could not validate {target.Utility} reference {target.Reference}: {answer.Describe()}")
            : Unavailable($"{target.Utility} lookup", answer);
    }

    public async Task<VasAnswer<VasProductSelection>> SelectAsync(
        long tenantId, long partnerId, string productPart, IReadOnlyList<AdditionalField> fields, CancellationToken cancellationToken)
    {
        if (Parse(productPart) is not { } target)
        {
            return ApiError.Validation(
                $"paymentData for partner {market.PartnerId} must be {market.PartnerId}_{{utilityCode}}_{{reference}} (e.g. {Example})");
        }

        var catalog = await client.GetAsync(market, "catalog", cancellationToken);
        if (!catalog.IsSuccess)
        {
            return Unavailable("catalog", catalog);
        }

        var entry = DtbCatalog.Entries(catalog).FirstOrDefault(e => e.Code == target.Utility);
        if (entry.Code is null)
        {
            return ApiError.Validation($"paymentData names utility {target.Utility}, which is not in partner {market.PartnerId}'s catalog");
        }

        return new VasProductSelection(
            target.Utility,
            null,
            target.Utility,
            entry.Category,
            null,
            null,
            null,
            [], // the catalog's msisdn field is optional here: none of the document's DTB payments sends it
            [],
            target.Reference,
            $"VAS {target.Utility} payment for {target.Reference}",
            new DtbProviderState(target.Reference).Write());
    }

    /// <summary>A documented paymentData of this country, for error messages.</summary>
    protected abstract string Example { get; }

    private static ApiError Unavailable(string what, FioranoAnswer answer) =>
        new(502, ErrorCodes.Downstream, $"DTB's {what} is not available: {answer.Describe()}", "HIGH");

    /// <summary><c>{utility}_{reference}[_{area}]</c>; utility upper-cased; null when malformed.</summary>
    private static (string Utility, string Reference, string? Area)? Parse(string text)
    {
        var parts = text.Split('_');
        if (parts.Length is < 2 or > 3 || !UtilityCode().IsMatch(parts[0]) || !Reference().IsMatch(parts[1]))
        {
            return null;
        }

        if (parts.Length == 3 && !Area().IsMatch(parts[2]))
        {
            return null;
        }

        return (parts[0].ToUpperInvariant(), parts[1], parts.Length == 3 ? parts[2] : null);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")]
    private static partial Regex UtilityCode();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,39}$")]
    private static partial Regex Reference();

    [GeneratedRegex("^[A-Za-z][A-Za-z .-]{0,39}$")]
    private static partial Regex Area();
}
