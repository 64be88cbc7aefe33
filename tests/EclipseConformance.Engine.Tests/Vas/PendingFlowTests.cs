using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Engine.Vas;
using Microsoft.Extensions.DependencyInjection;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// The PENDING → confirmation flow with a minimal provider on a real upstream: POST holds the funds and answers PENDING
/// with the provider's extraInfo; the work queue polls (on the engine's clock) until SUCCESSFUL (captured) or ERROR (released).
/// </summary>
public class PendingFlowTests(FlowsFixture engine) : IClassFixture<FlowsFixture>
{
    private readonly VasCalls _vas = new(engine);

    [Fact]
    public async Task POST_answers_PENDING_with_the_funds_held_and_the_confirmation_captures_them_and_calls_back()
    {
        using var receiver = CallbackReceiver.Start(engine.Clock);
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(0);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);

        var post = await SubmitAsync(client, customer, "ok-7", receiver.Url);
        post["status"]!.GetValue<string>().Should().Be("PENDING");
        JsonNode.Parse(post["extraInfo"]!.GetValue<string>())!["dtbStatus"]!.GetValue<string>().Should().Be("PENDING");
        var held = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        (held.Current, held.Available).Should().Be((before.Current, before.Available - 25m), "the amount is reserved, not yet moved");

        var final = await _vas.AdvanceUntilFinalAsync(client, post["paymentId"]!.GetValue<long>(), TimeSpan.FromSeconds(5));

        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        JsonNode.Parse(final["extraInfo"]!.GetValue<string>())!["dtbStatus"]!.GetValue<string>().Should().Be("SUCCESS");
        var after = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        (after.Current, after.Available).Should().Be((before.Current - 25m, before.Available - 25m));
        await receiver.WaitForAsync(1);
        JsonNode.Parse(receiver.Received.Single().BodyText)!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
    }

    [Fact]
    public async Task A_refused_submission_ends_ERROR_and_gives_the_held_funds_back()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(1);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);

        var post = await SubmitAsync(client, customer, "fail-7");
        var final = await _vas.AdvanceUntilFinalAsync(client, post["paymentId"]!.GetValue<long>(), TimeSpan.FromSeconds(5));

        final["status"]!.GetValue<string>().Should().Be("ERROR", "a temporary failure reported by the bank");
        final["errorDescription"]!.GetValue<string>().Should().Be("Insufficient funds at the bank; the reserved funds were released");
        (await probe.SnapshotAsync(_vas.TenantId, customer.WalletId)).Should().Be(before);
        (await probe.InvariantsAsync(engine.SimulatorAdmin()))["ok"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task A_provider_notification_wakes_the_status_query_without_waiting_for_the_next_poll()
    {
        using var client = await _vas.LoginAsync();
        var post = await SubmitAsync(client, _vas.Customer(2), "ok-8");
        var paymentId = post["paymentId"]!.GetValue<long>();
        var queue = engine.Services.GetRequiredService<VasWorkQueue>();

        var polls = engine.Upstream.Count("/submission/");
        (await queue.WakeAsync(paymentId, TestContext.Current.CancellationToken)).Should().BeTrue();
        var processor = engine.Services.GetRequiredService<VasWorkProcessor>();
        for (var i = 0; i < 500 && (engine.Upstream.Count("/submission/") == polls || !processor.IsIdle); i++)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        engine.Upstream.Count("/submission/").Should().Be(polls + 1, "the first wake ran one status query (PENDING)");
        (await _vas.GetAsync(client, paymentId)).Json!["status"]!.GetValue<string>().Should().Be("PENDING");
        (await queue.WakeAsync(paymentId, TestContext.Current.CancellationToken)).Should().BeTrue();
        var final = await _vas.AwaitFinalAsync(client, paymentId);

        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", "two status queries ran (PENDING, then SUCCESS) with the clock standing still");
        (await queue.WakeAsync(paymentId, TestContext.Current.CancellationToken)).Should().BeFalse("a final payment has no work");
    }

    private async Task<JsonObject> SubmitAsync(EclipseClient client, EclipseConformance.Engine.DemoWorld.SeedDocument.Customer customer, string account, string? callbackUrl = null)
    {
        var post = await client.PostAsync(_vas.PaymentsPath(customer), new
        {
            externalUniqueId = Guid.NewGuid().ToString(),
            paymentData = "902_A1",
            type = "GLOBAL_VAS",
            additionalFields = new[] { new { id = "account", value = account } },
            amount = 25m,
            currency = "BWP",
            walletId = customer.WalletId,
            callbackUrl,
        });
        post.Code.Should().Be(200, post.Text);
        return post.Json!.AsObject();
    }
}
