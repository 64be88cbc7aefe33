using System.Text.Json.Nodes;
using EclipseConformance.Engine.Rules;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Kganya's JSON REST service (ADR 0028) at the tenant's <c>kganya.config.baseUrl</c> (else <see cref="KganyaOptions"/>,
/// else the hosted simulator) with the <c>x-api-key</c> header (<c>kganya.config.apiKey</c>):
/// <c>GET /api/v1/customers/{idNumber}/products?mobile=</c>, <c>POST /api/v1/payments</c>, <c>GET /api/v1/payments/{reference}</c>.
/// </summary>
public sealed class KganyaClient(JsonUpstreamClient client, EclipseConfig config, IOptionsMonitor<KganyaOptions> options)
{
    public const string SimulatorName = "kganya";
    public const string BasePath = "/api/v1";

    public Task<JsonUpstreamAnswer> ProductsAsync(long tenantId, string mobile, string idNumber, CancellationToken cancellationToken) =>
        SendAsync(tenantId, HttpMethod.Get, $"/customers/{Uri.EscapeDataString(idNumber)}/products?mobile={Uri.EscapeDataString(mobile)}", null, cancellationToken);

    public Task<JsonUpstreamAnswer> PayAsync(VasWork work, CancellationToken cancellationToken) =>
        SendAsync(work.TenantId, HttpMethod.Post, "/payments", new JsonObject
        {
            ["reference"] = work.GatewayTransactionId,
            ["productId"] = work.ProductId,
            ["amount"] = work.Amount,
            ["msisdn"] = work.Field("msisdn"),
        }, cancellationToken);

    public Task<JsonUpstreamAnswer> StatusAsync(VasWork work, CancellationToken cancellationToken) =>
        SendAsync(work.TenantId, HttpMethod.Get, "/payments/" + Uri.EscapeDataString(work.GatewayTransactionId), null, cancellationToken);

    private async Task<JsonUpstreamAnswer> SendAsync(long tenantId, HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var configured = (await config.ResolveAsync(tenantId, "kganya.config.baseUrl", cancellationToken))?.Value ?? o.BaseUrl;
        if (client.BaseUrl(configured, SimulatorName) is not { } baseUrl || !Uri.TryCreate(baseUrl + BasePath + path, UriKind.Absolute, out var url))
        {
            return JsonUpstreamAnswer.Unusable("Kganya is not reachable: kganya.config.baseUrl is not an absolute URL, or unset and the kganya simulator is not running");
        }

        var apiKey = (await config.ResolveAsync(tenantId, "kganya.config.apiKey", cancellationToken))?.Value ?? o.ApiKey;
        return await client.SendAsync("Kganya", method, url, body, [new("x-api-key", apiKey)], cancellationToken);
    }
}
