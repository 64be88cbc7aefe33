using System.Security.Cryptography;
using System.Text;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Engine.Webhooks;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Webhooks;

/// <summary>
/// Policy <c>conflicts.hmacSignatureInput</c> (fact sheet 10: UK-ENC's "t.body" vs EFT-NOTIF's "payload"; ADR 0038):
/// under BODY outbound callbacks and inbound requests are signed over the raw body alone, the header keeping its t.
/// </summary>
public class HmacSignatureInputTests : WebhookTest
{
    private const string Key = "body-only-secret";

    private static string BodyOnly(string key, string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void Under_BODY_the_v1_value_is_HMAC_SHA256_over_the_body_alone()
    {
        const string body = """{"amount":12.500000000,"name":"Zoë"}""";
        WebhookSignature.Compute("k€y", 42, body, HmacSignatureInput.Body).Should().Be(BodyOnly("k€y", body));
        WebhookSignature.Compute("k€y", 42, body, HmacSignatureInput.Body).Should().Be(WebhookSignature.Compute("k€y", 43, body, HmacSignatureInput.Body));
        WebhookSignature.Compute("k€y", 42, body, HmacSignatureInput.TimestampDotBody).Should().Be(WebhookSignature.Compute("k€y", 42, body));
        SignatureVerifier.Verify(WebhookSignature.Sign("k", 1_000, body), body, "k", 1_000, TimeSpan.FromMinutes(5), HmacSignatureInput.Body)
            .Verdict.Should().Be(SignatureVerdict.SignatureMismatch, "a t.body signature is not a body-only one");
    }

    [Fact]
    public async Task A_rule_file_setting_BODY_makes_callbacks_signed_over_the_body_alone()
    {
        var engine = await StartEngineAsync(null, RulesWith("policies:\n  conflicts:\n    hmacSignatureInput: BODY\n"));
        await engine.Get<ITenantConfig>().SetAsync(engine.TenantId, "HMACOutboundSignatureKey", Key, TestContext.Current.CancellationToken);
        var receiver = StartReceiver(200);

        await engine.EnqueueAsync(receiver.Url, Body("wd-body"), "wd-body");
        await engine.WaitIdleAsync();

        var received = receiver.Received.Should().ContainSingle().Subject;
        var now = Clock.GetUtcNow().ToUnixTimeMilliseconds();
        received.Header("Eclipse-Signature").Should().Be($"t={now},v1={BodyOnly(Key, Body("wd-body"))}");
        SignatureVerifier.Verify(received.Header("Eclipse-Signature"), received.Body, Key, now, TimeSpan.FromMinutes(5))
            .Valid.Should().BeFalse("the default t.body check does not match a body-only signature");
    }

    [Fact]
    public async Task Under_BODY_an_inbound_request_must_be_signed_over_its_body_alone()
    {
        using var folder = new Rules.TempRulesFolder();
        folder.Write("body.yaml", "version: 1\npolicies:\n  conflicts:\n    hmacSignatureInput: BODY\n");
        await using var engine = new EngineFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        var tenant = engine.Seed.Tenants[0].TenantId;
        var config = engine.Services.GetRequiredService<ITenantConfig>();
        await config.SetAsync(tenant, "HMACInboundSignatureKey", Key, TestContext.Current.CancellationToken);
        await config.SetAsync(tenant, "HMACInboundSignaturePositions", "TENANT_SYSTEM", TestContext.Current.CancellationToken);
        using var client = await engine.LoginTenantAsync(0);
        var now = engine.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var body = $$"""{"externalUniqueId":"body-{{Guid.NewGuid():N}}","firstName":"Ann","lastName":"Nel"}""";

        var timestamped = await SendAsync(client, $"tenants/{tenant}/customers", body, WebhookSignature.Sign(Key, now, body));
        timestamped.Code.Should().Be(401, "a t.body signature does not match under BODY");
        timestamped.Error["description"]!.GetValue<string>().Should().Contain("SIGNATURE_MISMATCH").And.Contain("HMAC-SHA256(key, body)");

        var bodyOnly = await SendAsync(client, $"tenants/{tenant}/customers", body, $"t={now},v1={BodyOnly(Key, body)}");
        bodyOnly.Code.Should().Be(201, bodyOnly.Text);

        var stale = await SendAsync(client, $"tenants/{tenant}/customers", body.Replace("body-", "stale-", StringComparison.Ordinal),
            $"t={now - 300_001},v1={BodyOnly(Key, body.Replace("body-", "stale-", StringComparison.Ordinal))}");
        stale.Error["description"]!.GetValue<string>().Should().Contain("STALE_TIMESTAMP", "t still bounds the replay window");
    }

    private static async Task<ApiResponse> SendAsync(EclipseClient client, string path, string body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, EclipseClient.Base + path)
        {
            Content = new StringContent(body, new UTF8Encoding(false), "application/json"),
        };
        request.Headers.Add("Eclipse-Signature", signature);
        return await client.SendAsync(request);
    }
}
