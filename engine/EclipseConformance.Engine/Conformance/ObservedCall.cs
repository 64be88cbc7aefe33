using System.Text.RegularExpressions;
using EclipseConformance.Engine.Control.Journal;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Conformance;

/// <summary>A journal entry classified by route, with the path's tenant and resource id (payment or withdrawal id).</summary>
public sealed partial record ObservedCall(JournalEntry Entry, CallKind Kind, long? PathTenantId, long? ResourceId)
{
    public long Id => Entry.Id;

    public long AtMs => Entry.AtMs;

    public bool Succeeded => Entry.Status is >= 200 and < 300;

    /// <summary>The tenant the call acted on: the path's tenant, else the caller's.</summary>
    public long? TenantId => PathTenantId ?? Entry.TenantId;

    public static ObservedCall Classify(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = entry.Path;
        if (!path.StartsWith(EclipseApi.BasePath, StringComparison.Ordinal))
        {
            return new(entry, CallKind.Other, null, null);
        }

        var rest = path[EclipseApi.BasePath.Length..].TrimEnd('/');
        var post = entry.Method == "POST";
        var get = entry.Method == "GET";
        if (post && rest == "/authentication/login")
        {
            return new(entry, CallKind.Login, null, null);
        }

        if (post && rest == "/authentication/renew")
        {
            return new(entry, CallKind.Renew, null, null);
        }

        if (get && rest == "/global/wallets")
        {
            return new(entry, CallKind.Lookup, null, null);
        }

        if (PaymentCreateRoute().Match(rest) is { Success: true } pc && post)
        {
            return new(entry, CallKind.PaymentCreate, Long(pc, 1), null);
        }

        if (PaymentRoute().Match(rest) is { Success: true } pg && get)
        {
            return new(entry, CallKind.PaymentGet, Long(pg, 1), Long(pg, 2));
        }

        if (WithdrawalCreateRoute().Match(rest) is { Success: true } wc && post)
        {
            return new(entry, CallKind.WithdrawalCreate, Long(wc, 1), null);
        }

        if (WithdrawalRoute().Match(rest) is { Success: true } wg && get)
        {
            return new(entry, CallKind.WithdrawalGet, Long(wg, 1), Long(wg, 2));
        }

        var tenant = TenantRoute().Match(rest);
        return new(entry, CallKind.Other, tenant.Success ? Long(tenant, 1) : null, null);
    }

    private static long? Long(Match match, int group) =>
        long.TryParse(match.Groups[group].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"^/tenants/(\d{1,18})/customers/\d{1,18}/payments$", RegexOptions.CultureInvariant)]
    private static partial Regex PaymentCreateRoute();

    [GeneratedRegex(@"^/tenants/(\d{1,18})/payments/(\d{1,18})$", RegexOptions.CultureInvariant)]
    private static partial Regex PaymentRoute();

    [GeneratedRegex(@"^/tenants/(\d{1,18})/wallets/\d{1,18}/withdrawals$", RegexOptions.CultureInvariant)]
    private static partial Regex WithdrawalCreateRoute();

    [GeneratedRegex(@"^/tenants/(\d{1,18})/wallets/\d{1,18}/withdrawals/(\d{1,18})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithdrawalRoute();

    [GeneratedRegex(@"^/tenants/(\d{1,18})(/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TenantRoute();
}
