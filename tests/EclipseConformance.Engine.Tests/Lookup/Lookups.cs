using System.Text.Json.Nodes;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Lookup;

/// <summary>Builds <c>GET global/wallets</c> query strings and reads the records.</summary>
internal static class Lookups
{
    public static string Path(params (string Name, string Value)[] criteria) =>
        "global/wallets?" + string.Join("&", criteria.Select(c => $"{c.Name}={Uri.EscapeDataString(c.Value)}"));

    public static Task<ApiResponse> LookupAsync(this EclipseClient client, params (string Name, string Value)[] criteria) =>
        client.GetAsync(Path(criteria));

    /// <summary>The records of a successful lookup (fails the test on any other answer).</summary>
    public static async Task<JsonArray> RecordsAsync(this EclipseClient client, params (string Name, string Value)[] criteria)
    {
        var response = await client.LookupAsync(criteria);
        response.Code.Should().Be(200, response.Text);
        return response.Json!.AsArray();
    }

    public static long[] WalletIds(this JsonArray records) => records.Select(r => r!["walletId"]!.GetValue<long>()).ToArray();
}
