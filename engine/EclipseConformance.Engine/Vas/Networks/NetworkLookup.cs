using System.Globalization;
using EclipseConformance.Engine.Errors;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Which network a mobile number is on, asked of the MNP database over HTTP (the hosted <c>mnp</c> simulator by
/// default), and the voucher check the document shows: a voucher for another network than the number's is refused with
/// IAE001 "Invalid voucher for the users network. User is on network id X but voucher is for network id Y".
/// </summary>
public sealed class NetworkLookup(JsonUpstreamClient client, IOptionsMonitor<MnpOptions> options)
{
    public const string SimulatorName = "mnp";
    public const int MaxMsisdnLength = 20;

    public async Task<VasAnswer<MsisdnNetwork>> LookupAsync(string msisdn, CancellationToken cancellationToken)
    {
        var trimmed = msisdn.Trim();
        var digits = trimmed.StartsWith('+') ? trimmed[1..] : trimmed;
        if (digits.Length is < 8 or > MaxMsisdnLength || !digits.All(char.IsAsciiDigit))
        {
            return ApiError.Validation($"msisdn must be a mobile number of 8-{MaxMsisdnLength} digits (e.g. 27821234567 or 0821234567)");
        }

        if (client.BaseUrl(options.CurrentValue.BaseUrl, SimulatorName) is not { } baseUrl)
        {
            return Unavailable("the mnp simulator is not running and Vas:Mnp:BaseUrl is not set");
        }

        var answer = await client.SendAsync("MNP", HttpMethod.Get, new Uri(baseUrl + "/mnp/" + Uri.EscapeDataString(digits)), null, [], cancellationToken);
        if (!answer.Usable || answer.Status >= 500)
        {
            return Unavailable(answer.Problem ?? $"HTTP {answer.Status.ToString(CultureInfo.InvariantCulture)} {answer.Text("errorMessage")}");
        }

        if (answer.Status == 400)
        {
            return ApiError.Validation($"{msisdn} is not a mobile number: {answer.Text("errorMessage")}");
        }

        if (answer.Status == 404 || !answer.IsSuccess)
        {
            return new MsisdnNetwork(answer.Text("msisdn") ?? digits, NetworkIds.Unknown, NetworkIds.Name(NetworkIds.Unknown), null, false, false,
                "The number is not in any known network range");
        }

        var id = NetworkIds.FromMnp(answer.Text("networkId"));
        var name = answer.Text("network") ?? NetworkIds.Name(id);
        var ported = answer.Body!["ported"]?.GetValue<bool>() ?? false;
        return new MsisdnNetwork(answer.Text("msisdn") ?? digits, id, id == NetworkIds.Unknown ? name : NetworkIds.Name(id), answer.Text("countryCode"), ported,
            id != NetworkIds.Unknown, id == NetworkIds.Unknown ? $"{name} is not a supported network: only MTN and Vodacom (South Africa) are" : null);
    }

    /// <summary>IAE001 when <paramref name="msisdn"/> is not on <paramref name="voucherNetworkId"/>; the lookup's own rejection when it fails.</summary>
    public async Task<ApiError?> CheckVoucherAsync(string msisdn, int voucherNetworkId, CancellationToken cancellationToken)
    {
        var network = await LookupAsync(msisdn, cancellationToken);
        if (network.Value is not { } n)
        {
            return network.Error;
        }

        return n.NetworkId == voucherNetworkId ? null : ApiError.Business(string.Create(CultureInfo.InvariantCulture,
            $"Invalid voucher for the users network. User is on network id {n.NetworkId} but voucher is for network id {voucherNetworkId}"));
    }

    private static ApiError Unavailable(string why) =>
        new(502, ErrorCodes.Downstream, "The mobile number portability database is not available: " + why, "HIGH");
}
