using System.Globalization;
using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// <c>GET /tenants/{t}/vas/catalogs[?catalogQuery=...]</c>: without a query, every enabled provider's full catalog;
/// with one, <c>{partnerId}[_{provider-specific}]</c> goes to the provider serving that partner (none: an empty list).
/// </summary>
public sealed class CatalogService(VasProviderRegistry registry)
{
    public const int MaxQueryLength = 200;

    /// <summary>
    /// The DTB examples' bare form <c>?19_ETAX_{prn}</c> (no <c>catalogQuery=</c>): a query string that is one name
    /// without a value and starts with a partner id is read as the catalogQuery (ADR 0033); anything else is null.
    /// </summary>
    public static string? BareQuery(string? queryString)
    {
        var text = queryString?.TrimStart('?');
        if (string.IsNullOrEmpty(text) || text.Length > MaxQueryLength * 3 || text.Contains('&', StringComparison.Ordinal) || text.Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        var name = Uri.UnescapeDataString(text);
        return name.Length > 0 && char.IsAsciiDigit(name[0]) ? name : null;
    }

    public async Task<VasAnswer<IReadOnlyList<VasPartner>>> GetAsync(long tenantId, string? catalogQuery, CancellationToken cancellationToken)
    {
        var enabled = await registry.ForTenantAsync(tenantId, cancellationToken);
        if (enabled.Value is not { } providers)
        {
            return enabled.Error!;
        }

        if (string.IsNullOrEmpty(catalogQuery))
        {
            var all = new List<VasPartner>();
            foreach (var provider in providers)
            {
                foreach (var partnerId in provider.PartnerIds)
                {
                    var catalog = await provider.GetCatalogAsync(tenantId, partnerId, null, cancellationToken);
                    if (catalog.Value is not { } partners)
                    {
                        return catalog.Error!;
                    }

                    all.AddRange(partners);
                }
            }

            return all;
        }

        if (catalogQuery.Length > MaxQueryLength)
        {
            return ApiError.Validation($"catalogQuery must be at most {MaxQueryLength} characters");
        }

        var separator = catalogQuery.IndexOf('_', StringComparison.Ordinal);
        var partnerText = separator < 0 ? catalogQuery : catalogQuery[..separator];
        if (!long.TryParse(partnerText, NumberStyles.None, CultureInfo.InvariantCulture, out var partner) || partner <= 0)
        {
            return ApiError.Validation("catalogQuery must start with a partner id, e.g. catalogQuery=20");
        }

        var served = providers.FirstOrDefault(p => p.PartnerIds.Contains(partner));
        return served is null
            ? new VasAnswer<IReadOnlyList<VasPartner>>([], null)
            : await served.GetCatalogAsync(tenantId, partner, separator < 0 ? null : catalogQuery[(separator + 1)..], cancellationToken);
    }
}
