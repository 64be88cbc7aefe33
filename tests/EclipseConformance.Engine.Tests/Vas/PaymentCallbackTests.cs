using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// The callback of a VAS payment: posted to the channel's callbackUrl (a real WireMock receiver) once, when the payment
/// reaches a terminal state, with the same payment object as the GET — signed with the tenant's key.
/// </summary>
public class PaymentCallbackTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private readonly VasCalls _vas = new(engine);

    [Fact]
    public async Task A_completed_vend_is_called_back_once_with_the_payment_as_GET_shows_it_including_extraInfo()
    {
        using var receiver = CallbackReceiver.Start(engine.Clock);
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(0);
        var (body, _) = DocumentRequests.For(DocumentRequests.UtilityWithCallback, customer.WalletId,
            ("https://channel.tenant.example.com/eclipse/vas/callback", receiver.Url));

        var post = await _vas.PostRawAsync(client, customer, body);
        post.Code.Should().Be(200, post.Text);
        var paymentId = post.Json!["paymentId"]!.GetValue<long>();
        await _vas.AwaitFinalAsync(client, paymentId);
        await receiver.WaitForAsync(1);

        var callback = receiver.Received.Should().ContainSingle().Subject;
        callback.Method.Should().Be("POST");
        callback.BodyText.Should().Be((await _vas.GetAsync(client, paymentId)).Text, "the callback carries the same payment object as the GET, byte for byte");
        JsonNode.Parse(callback.BodyText)!["extraInfo"]!.GetValue<string>().Should().Contain("electricityResponse");
        callback.Header("Content-Type").Should().StartWith("application/json");
    }

    [Fact]
    public async Task A_failed_payment_is_called_back_with_its_failure_and_the_callback_is_signed_with_the_tenants_key()
    {
        using var receiver = CallbackReceiver.Start(engine.Clock);
        using var client = await _vas.LoginAsync();
        (await client.PutAsync($"tenants/{_vas.TenantId}/config-items", new[] { new { key = "HMACOutboundSignatureKey", value = (string?)"HelloWorld" } })).Code.Should().Be(200);
        try
        {
            var customer = _vas.Customer(1);
            var (body, key) = DocumentRequests.For(DocumentRequests.UtilityWithCallback, customer.WalletId,
                ("https://channel.tenant.example.com/eclipse/vas/callback", receiver.Url), ("21500123456", "04000000001"));
            var post = await _vas.PostRawAsync(client, customer, body);
            var final = await _vas.AwaitFinalAsync(client, post.Json!["paymentId"]!.GetValue<long>());
            await receiver.WaitForAsync(1);

            var callback = receiver.Received.Should().ContainSingle().Subject;
            var payload = JsonNode.Parse(callback.BodyText)!;
            payload["status"]!.GetValue<string>().Should().Be("FAILED");
            payload["externalUniqueId"]!.GetValue<string>().Should().Be(key);
            payload["errorDescription"]!.GetValue<string>().Should().Be(final["errorDescription"]!.GetValue<string>());
            SignatureVerifier.Verify(callback.Header("Eclipse-Signature"), callback.Body, "HelloWorld", engine.Clock.GetUtcNow().ToUnixTimeMilliseconds(), TimeSpan.FromMinutes(5))
                .Valid.Should().BeTrue();
        }
        finally
        {
            (await client.PutAsync($"tenants/{_vas.TenantId}/config-items", new[] { new { key = "HMACOutboundSignatureKey", value = (string?)null } })).Code.Should().Be(200);
        }
    }

    [Fact]
    public async Task The_callbacks_log_lists_the_payment_callback_under_the_payment_id()
    {
        using var receiver = CallbackReceiver.Start(engine.Clock);
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(2);
        var post = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.UtilityWithCallback, customer.WalletId,
            ("https://channel.tenant.example.com/eclipse/vas/callback", receiver.Url)).Body);
        var paymentId = post.Json!["paymentId"]!.GetValue<long>();
        await _vas.AwaitFinalAsync(client, paymentId);
        await receiver.WaitForAsync(1);

        using var admin = engine.SimulatorAdmin();
        var log = await admin.GetAsync($"/sim/v1/callbacks?kind=PAYMENT&reference={paymentId}");
        log.Code.Should().Be(200, log.Text);
        log.Text.Should().Contain(receiver.Url);
    }
}
