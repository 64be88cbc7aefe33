using System.Text;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Rules;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Scan to Pay's JSON REST service (ADR 0028): <c>GET /oltio/vas/v1/products</c>, <c>POST /oltio/vas/v1/recharges</c>
/// and <c>GET /oltio/vas/v1/recharges/{reference}</c>, with HTTP Basic credentials from the tenant's
/// <c>oltio.config.username</c>/<c>password</c> (else <see cref="ScanToPayOptions"/>).
/// </summary>
public sealed class ScanToPayClient(JsonUpstreamClient client, EclipseConfig config, IOptionsMonitor<ScanToPayOptions> options)
{
    public const string SimulatorName = "scantopay";
    public const string BasePath = "/oltio/vas/v1";
    private const string Upstream = "Scan to Pay";

    public Task<JsonUpstreamAnswer> ProductsAsync(long tenantId, CancellationToken cancellationToken) =>
        SendAsync(tenantId, HttpMethod.Get, "/products", null, cancellationToken);

    public Task<JsonUpstreamAnswer> RechargeAsync(VasWork work, CancellationToken cancellationToken) =>
        SendAsync(work.TenantId, HttpMethod.Post, "/recharges", new JsonObject
        {
            ["reference"] = work.GatewayTransactionId,
            ["productCode"] = work.ProductId,
            ["msisdn"] = work.Field("msisdn"),
            ["amount"] = work.Amount,
        }, cancellationToken);

    public Task<JsonUpstreamAnswer> StatusAsync(VasWork work, CancellationToken cancellationToken) =>
        SendAsync(work.TenantId, HttpMethod.Get, "/recharges/" + Uri.EscapeDataString(work.GatewayTransactionId), null, cancellationToken);

    private async Task<JsonUpstreamAnswer> SendAsync(long tenantId, HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        if (client.BaseUrl(o.BaseUrl, SimulatorName) is not { } baseUrl)
        {
            return JsonUpstreamAnswer.Unusable("Scan to Pay is not reachable: the scantopay simulator is not running and Vas:ScanToPay:BaseUrl is not set");
        }

        var user = (await config.ResolveAsync(tenantId, "oltio.config.username", cancellationToken))?.Value ?? o.Username;
        var password = (await config.ResolveAsync(tenantId, "oltio.config.password", cancellationToken))?.Value ?? o.Password;
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
        return await client.SendAsync(Upstream, method, new Uri(baseUrl + BasePath + path), body, [new("Authorization", basic)], cancellationToken);
    }
}
