using System.Text;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Webhooks;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Webhooks;

public class InboundSignatureTests(EngineFixture engine) : IClassFixture<EngineFixture>, IAsyncLifetime
{
    private const string Key = "inbound-secret";

    private long Tenant => engine.Seed.Tenants[0].TenantId;

    public async ValueTask InitializeAsync()
    {
        var config = engine.Services.GetRequiredService<ITenantConfig>();
        await config.SetAsync(Tenant, "HMACInboundSignatureKey", Key, TestContext.Current.CancellationToken);
        await config.SetAsync(Tenant, "HMACInboundSignaturePositions", "TENANT_SYSTEM, SOME_OTHER_POSITION", TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private long NowMs => engine.Clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static async Task<ApiResponse> SendAsync(EclipseClient client, HttpMethod method, string path, string? body, string? signature)
    {
        var request = new HttpRequestMessage(method, EclipseClient.Base + path);
        if (body is not null)
        {
            request.Content = new StringContent(body, new UTF8Encoding(false), "application/json");
        }

        if (signature is not null)
        {
            request.Headers.Add("Eclipse-Signature", signature);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_request_from_a_signing_position_without_a_signature_is_refused_with_SEC001()
    {
        using var client = await engine.LoginTenantAsync(0);
        var response = await SendAsync(client, HttpMethod.Get, $"tenants/{Tenant}/wallets/{engine.Seed.Tenants[0].WalletIds[0]}", null, null);
        response.Code.Should().Be(401);
        response.IsEnvelope().Should().BeTrue();
        response.ErrorCode.Should().Be("SEC001");
        response.Error["description"]!.GetValue<string>().Should().Contain("Eclipse-Signature");
    }

    [Fact]
    public async Task A_correctly_signed_request_passes_and_its_body_still_reaches_the_feature()
    {
        using var client = await engine.LoginTenantAsync(0);
        var wallet = $"tenants/{Tenant}/wallets/{engine.Seed.Tenants[0].WalletIds[0]}";
        (await SendAsync(client, HttpMethod.Get, wallet, null, WebhookSignature.Sign(Key, NowMs, ""))).Code.Should().Be(200);

        var body = $$"""{"externalUniqueId":"signed-{{Guid.NewGuid():N}}","firstName":"Zoë","lastName":"Signed"}""";
        var created = await SendAsync(client, HttpMethod.Post, $"tenants/{Tenant}/customers", body, WebhookSignature.Sign(Key, NowMs, body));
        created.Code.Should().Be(201, created.Text);
        created.Json!["firstName"]!.GetValue<string>().Should().Be("Zoë");
    }

    [Theory]
    [InlineData("wrong-key", 0, "SIGNATURE_MISMATCH")]
    [InlineData(Key, -300_001, "STALE_TIMESTAMP")]
    [InlineData(Key, 300_001, "FUTURE_TIMESTAMP")]
    public async Task A_wrongly_signed_or_replayed_request_is_refused(string key, long offsetMs, string reason)
    {
        using var client = await engine.LoginTenantAsync(0);
        var body = """{"externalUniqueId":"never-created-1","firstName":"Ann","lastName":"Nel"}""";
        var refused = await SendAsync(client, HttpMethod.Post, $"tenants/{Tenant}/customers", body, WebhookSignature.Sign(key, NowMs + offsetMs, body));
        refused.Code.Should().Be(401);
        refused.ErrorCode.Should().Be("SEC001");
        refused.Error["description"]!.GetValue<string>().Should().Contain(reason);

        var tampered = await SendAsync(client, HttpMethod.Post, $"tenants/{Tenant}/customers", body.Replace("Ann", "Bob", StringComparison.Ordinal),
            WebhookSignature.Sign(Key, NowMs, body));
        tampered.Code.Should().Be(401, "the signature covers the body");
        (await client.GetAsync($"tenants/{Tenant}/customers?externalUniqueId=never-created-1")).Code.Should().Be(401, "unsigned");
    }

    [Fact]
    public async Task Callers_outside_the_positions_and_other_tenants_are_not_checked()
    {
        var customer = engine.Seed.SampleCustomers.First(c => c.TenantId == Tenant && c.Identity is not null);
        using var customerClient = await engine.LoginAsync(customer.Identity!, customer.Password!);
        (await customerClient.GetAsync($"tenants/{Tenant}/wallets/{customer.WalletId}")).Code.Should().Be(200, "a customer holds no signing position");

        using var otherTenant = await engine.LoginTenantAsync(1);
        var other = engine.Seed.Tenants[1];
        (await otherTenant.GetAsync($"tenants/{other.TenantId}/wallets/{other.WalletIds[0]}")).Code.Should().Be(200, "tenant 2 set no inbound key");

        using var anonymous = engine.Anonymous();
        (await anonymous.GetAsync("/sim/v1/health")).Code.Should().Be(200);
    }
}
