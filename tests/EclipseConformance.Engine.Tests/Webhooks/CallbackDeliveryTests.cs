using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Tests.Webhooks;

public class CallbackDeliveryTests : WebhookTest
{
    [Fact]
    public async Task A_callback_is_posted_with_a_signature_that_verifies_with_the_tenant_key_and_the_additional_headers()
    {
        var engine = await StartEngineAsync();
        var config = engine.Get<ITenantConfig>();
        await config.SetAsync(engine.TenantId, "HMACOutboundSignatureKey", "tenant-secret-1", TestContext.Current.CancellationToken);
        await config.SetAsync(engine.TenantId, "webhookAdditionalHeaders", "X-Channel-Key,abc123,X-Env,sandbox", TestContext.Current.CancellationToken);
        var receiver = StartReceiver(200);

        var id = await engine.EnqueueAsync(receiver.Url, Body("wd-1"), "wd-1");
        await engine.WaitIdleAsync();

        // Checked first, so a failure says what the attempt met (this test once saw an idle dispatcher and an empty receiver in CI).
        var view = await engine.CallbackAsync(id);
        view.Status.Should().Be("DELIVERED", "the one attempt should have been answered 200; attempts: {0}",
            string.Join("; ", view.Attempts.Select(a => $"{a.Outcome} {a.ResponseStatus} {a.Note}")));
        var received = receiver.Received.Should().ContainSingle().Subject;
        received.Method.Should().Be("POST");
        received.BodyText.Should().Be(Body("wd-1"));
        received.Header("Content-Type").Should().Be("application/json");
        received.Header("X-Channel-Key").Should().Be("abc123");
        received.Header("X-Env").Should().Be("sandbox");
        var signature = received.Header("Eclipse-Signature");
        signature.Should().StartWith($"t={Clock.GetUtcNow().ToUnixTimeMilliseconds()},v1=");
        SignatureVerifier.Verify(signature, received.Body, "tenant-secret-1", Clock.GetUtcNow().ToUnixTimeMilliseconds(), TimeSpan.FromMinutes(5))
            .Valid.Should().BeTrue();
        SignatureVerifier.Verify(signature, received.Body, "another-key", Clock.GetUtcNow().ToUnixTimeMilliseconds(), TimeSpan.FromMinutes(5))
            .Valid.Should().BeFalse();

        var attempt = view.Attempts.Should().ContainSingle().Subject;
        attempt.Outcome.Should().Be("SUCCEEDED");
        attempt.ResponseStatus.Should().Be(200);
        attempt.RequestHeaders["Eclipse-Signature"].Should().Be(signature);
        attempt.Note.Should().BeNull();
    }

    [Fact]
    public async Task Without_a_tenant_key_the_callback_is_sent_unsigned_and_the_attempt_says_why()
    {
        var engine = await StartEngineAsync();
        var receiver = StartReceiver(200);
        var id = await engine.EnqueueAsync(receiver.Url, Body("wd-2"), "wd-2");
        await engine.WaitIdleAsync();

        receiver.Received.Should().ContainSingle().Which.Header("Eclipse-Signature").Should().BeNull();
        (await engine.CallbackAsync(id)).Attempts.Single().Note.Should().Contain("unsigned").And.Contain("HMACOutboundSignatureKey");
    }

    [Fact]
    public async Task A_configured_default_key_signs_callbacks_of_tenants_without_a_key()
    {
        var engine = await StartEngineAsync(null, "--Webhooks:DefaultSigningKey=simulator-default");
        var receiver = StartReceiver(200);
        await engine.EnqueueAsync(receiver.Url, Body("wd-3"), "wd-3");
        await engine.WaitIdleAsync();

        var received = receiver.Received.Single();
        SignatureVerifier.Verify(received.Header("Eclipse-Signature"), received.Body, "simulator-default", Clock.GetUtcNow().ToUnixTimeMilliseconds(), TimeSpan.FromMinutes(5))
            .Valid.Should().BeTrue();
    }

    [Fact]
    public async Task A_receiver_failing_twice_then_succeeding_gets_exactly_three_attempts_at_the_scheduled_times()
    {
        var engine = await StartEngineAsync();
        var receiver = StartReceiver(503, 302, 202);
        var t0 = Clock.GetUtcNow();
        var id = await engine.EnqueueAsync(receiver.Url, Body("wd-4"), "wd-4");
        await engine.WaitIdleAsync();
        receiver.Received.Select(r => r.At).Should().Equal(t0);

        await engine.AdvanceAsync(TimeSpan.FromMilliseconds(999));
        receiver.Received.Should().HaveCount(1, "the first retry is due 1 s after the failure, not earlier");
        await engine.AdvanceAsync(TimeSpan.FromMilliseconds(1));
        receiver.Received.Select(r => r.At).Should().Equal(t0, t0.AddSeconds(1));

        await engine.AdvanceAsync(TimeSpan.FromMilliseconds(9_999));
        receiver.Received.Should().HaveCount(2, "the second retry is due 10 s after the second failure");
        await engine.AdvanceAsync(TimeSpan.FromMilliseconds(1));
        receiver.Received.Select(r => r.At).Should().Equal(t0, t0.AddSeconds(1), t0.AddSeconds(11));

        var view = await engine.CallbackAsync(id);
        view.Status.Should().Be("DELIVERED");
        view.AttemptCount.Should().Be(3);
        view.Attempts.Select(a => (a.Outcome, a.ResponseStatus)).Should().Equal(("FAILED", 503), ("FAILED", 302), ("SUCCEEDED", 202));
        view.Attempts.Select(a => a.NextAttemptAt).Should().Equal(Wire(t0.AddSeconds(1)), Wire(t0.AddSeconds(11)), null);
        view.Attempts[1].Error.Should().Be("receiver answered 302", "a redirect is not followed: it is a failure");

        await engine.AdvanceAsync(TimeSpan.FromDays(60));
        receiver.Received.Should().HaveCount(3, "a delivered callback is never sent again");
    }

    [Fact]
    public async Task A_receiver_that_never_answers_in_time_fails_by_timeout_and_is_retried()
    {
        var engine = await StartEngineAsync(null, RulesWith("policies:\n  callbackRetry:\n    attemptTimeout: 2s\n"));
        var receiver = StartReceiver(CallbackReceiver.Hang, 200);
        var t0 = Clock.GetUtcNow();
        var id = await engine.EnqueueAsync(receiver.Url, Body("wd-5"), "wd-5");
        await receiver.WaitForAsync(1);

        Clock.Advance(TimeSpan.FromMilliseconds(1_999));
        var inFlight = await engine.CallbackAsync(id);
        inFlight.Attempts.Should().BeEmpty();
        inFlight.ClaimedBy.Should().Be(engine.Get<CallbackDelivery>().InstanceId, "the attempt holds the lease while it waits");

        await engine.AdvanceAsync(TimeSpan.FromMilliseconds(1));
        var failed = await engine.CallbackAsync(id);
        failed.Status.Should().Be("PENDING");
        var attempt = failed.Attempts.Should().ContainSingle().Subject;
        attempt.Outcome.Should().Be("FAILED");
        attempt.ResponseStatus.Should().BeNull();
        attempt.Error.Should().Be("timed out after 2000 ms");
        attempt.LatencyMs.Should().Be(2_000);
        failed.NextAttemptAt.Should().Be(Wire(t0.AddSeconds(3)));

        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));
        (await engine.CallbackAsync(id)).Status.Should().Be("DELIVERED");
        receiver.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_refused_connection_is_a_failure_retried_on_the_schedule()
    {
        var engine = await StartEngineAsync();
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var id = await engine.EnqueueAsync($"http://127.0.0.1:{port}/callbacks", Body("wd-6"), "wd-6");
        await engine.WaitIdleAsync();
        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));

        var view = await engine.CallbackAsync(id);
        view.Status.Should().Be("PENDING");
        view.Attempts.Should().HaveCount(2).And.OnlyContain(a => a.Outcome == "FAILED" && a.ResponseStatus == null);
        view.Attempts[0].Error.Should().StartWith("ConnectionError");
        view.NextAttemptAt.Should().Be(Wire(Clock.GetUtcNow().AddSeconds(10)));
    }

    [Fact]
    public async Task Many_due_callbacks_are_delivered_with_bounded_concurrency()
    {
        var engine = await StartEngineAsync(null, "--Webhooks:MaxConcurrency=3");
        var receiver = StartReceiver(200);
        receiver.Delay = TimeSpan.FromMilliseconds(20);
        for (var i = 0; i < 12; i++)
        {
            await engine.EnqueueAsync(receiver.Url, Body($"wd-c{i}"), $"wd-c{i}", nudge: false);
        }

        await engine.WaitIdleAsync();
        receiver.Received.Select(r => r.BodyText).Should().OnlyHaveUniqueItems().And.HaveCount(12);
        receiver.MaxConcurrent.Should().BeInRange(1, 3);
    }

    private static string Wire(DateTimeOffset instant) => EclipseConformance.Engine.Primitives.Timestamps.ToWire(instant);
}
