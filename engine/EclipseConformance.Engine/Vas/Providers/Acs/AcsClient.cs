using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// ACS's JSON REST service (ADR 0028): <c>GET /acs/api/v1/catalogue</c>, <c>POST /acs/api/v1/vouchers</c> and
/// <c>GET /acs/api/v1/vouchers/{clientReference}</c>, with the <c>X-Api-Key</c> header.
/// </summary>
public sealed class AcsClient(JsonUpstreamClient client, IOptionsMonitor<AcsOptions> options)
{
    public const string SimulatorName = "acs";
    public const string BasePath = "/acs/api/v1";

    public Task<JsonUpstreamAnswer> CatalogueAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "/catalogue", null, cancellationToken);

    public Task<JsonUpstreamAnswer> PurchaseAsync(VasWork work, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "/vouchers", new JsonObject
        {
            ["clientReference"] = work.GatewayTransactionId,
            ["productCode"] = work.ProductId,
            ["msisdn"] = work.Field("msisdn"),
            ["meterNumber"] = work.Field("meterNumber"),
            ["amount"] = work.Amount,
        }, cancellationToken);

    public Task<JsonUpstreamAnswer> StatusAsync(VasWork work, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "/vouchers/" + Uri.EscapeDataString(work.GatewayTransactionId), null, cancellationToken);

    private Task<JsonUpstreamAnswer> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        return client.BaseUrl(o.BaseUrl, SimulatorName) is { } baseUrl
            ? client.SendAsync("ACS", method, new Uri(baseUrl + BasePath + path), body, [new("X-Api-Key", o.ApiKey)], cancellationToken)
            : Task.FromResult(JsonUpstreamAnswer.Unusable("ACS is not reachable: the acs simulator is not running and Vas:Acs:BaseUrl is not set"));
    }
}
