using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Tests.Webhooks.Support;

namespace EclipseConformance.Engine.Tests.Webhooks;

public class CallbacksApiTests : WebhookTest
{
    [Fact]
    public async Task The_callbacks_log_shows_each_attempt_with_target_headers_body_response_latency_and_next_attempt()
    {
        var engine = await StartEngineAsync();
        await engine.Get<ITenantConfig>().SetAsync(engine.TenantId, "HMACOutboundSignatureKey", "k-log", TestContext.Current.CancellationToken);
        var receiver = StartReceiver(500, 200);
        var id = await engine.EnqueueAsync(receiver.Url, Body("wd-20"), "wd-20", kind: "PAYMENT");
        await engine.WaitIdleAsync();

        using var admin = engine.SimulatorAdmin();
        var list = await admin.GetAsync($"/sim/v1/callbacks?reference=wd-20");
        list.Code.Should().Be(200, list.Text);
        var callback = list.Json!.AsArray().Should().ContainSingle().Subject!;
        callback["callbackId"]!.GetValue<long>().Should().Be(id);
        callback["kind"]!.GetValue<string>().Should().Be("PAYMENT");
        callback["status"]!.GetValue<string>().Should().Be("PENDING");
        callback["body"]!.GetValue<string>().Should().Be(Body("wd-20"));
        callback["nextAttemptAt"]!.GetValue<string>().Should().Be("2026-03-16T08:00:01.000Z");
        var attempt = callback["attempts"]!.AsArray().Should().ContainSingle().Subject!;
        attempt["target"]!.GetValue<string>().Should().Be(receiver.Url);
        attempt["requestHeaders"]!["Eclipse-Signature"]!.GetValue<string>().Should().Be(receiver.Received[0].Header("Eclipse-Signature"));
        attempt["responseStatus"]!.GetValue<int>().Should().Be(500);
        attempt["responseBody"]!.GetValue<string>().Should().Be("""{"received":500}""");
        attempt["latencyMs"]!.GetValue<long>().Should().Be(0, "the fake clock did not move during the attempt");
        attempt["error"]!.GetValue<string>().Should().Be("receiver answered 500");
        attempt["nextAttemptAt"]!.GetValue<string>().Should().Be("2026-03-16T08:00:01.000Z");

        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));
        var one = await admin.GetAsync($"/sim/v1/callbacks/{id}");
        one.Json!["status"]!.GetValue<string>().Should().Be("DELIVERED");
        one.Json["attempts"]!.AsArray().Should().HaveCount(2);
        one.Json["deliveredAt"]!.GetValue<string>().Should().Be("2026-03-16T08:00:01.000Z");
    }

    [Fact]
    public async Task The_log_filters_by_tenant_status_and_reference_and_bounds_the_page()
    {
        var engine = await StartEngineAsync(null, "--Webhooks:MaxPageSize=5");
        var ok = StartReceiver(200);
        var failing = StartReceiver(503);
        var otherTenant = engine.Seed.Tenants[1].TenantId;
        await engine.EnqueueAsync(ok.Url, Body("a"), "ref-a");
        await engine.EnqueueAsync(failing.Url, Body("b"), "ref-b");
        await engine.EnqueueAsync(ok.Url, Body("c"), "ref-c", tenantId: otherTenant);
        await engine.WaitIdleAsync();

        using var admin = engine.SimulatorAdmin();
        async Task<List<string>> References(string query) =>
            (await admin.GetAsync("/sim/v1/callbacks" + query)).OkArray().Select(c => c!["reference"]!.GetValue<string>()).ToList();
        (await References("")).Should().Equal("ref-c", "ref-b", "ref-a");
        (await References("?status=PENDING")).Should().Equal("ref-b");
        (await References("?status=delivered")).Should().Equal("ref-c", "ref-a");
        (await References($"?tenantId={otherTenant}")).Should().Equal("ref-c");
        (await References("?limit=1&offset=1")).Should().Equal("ref-b");

        var tooBig = await admin.GetAsync("/sim/v1/callbacks?limit=6");
        tooBig.Code.Should().Be(400);
        tooBig.ErrorCode.Should().Be("VAL001");
        (await admin.GetAsync("/sim/v1/callbacks?status=LOST")).Code.Should().Be(400);
        (await admin.GetAsync("/sim/v1/callbacks/987654")).ErrorCode.Should().Be("ARCH086");
    }

    [Fact]
    public async Task Only_the_simulator_admin_may_read_the_log_or_redeliver()
    {
        var engine = await StartEngineAsync();
        using var anonymous = engine.Anonymous();
        var refused = await anonymous.GetAsync("/sim/v1/callbacks");
        refused.Code.Should().Be(401);
        refused.IsEnvelope().Should().BeTrue();
        (await anonymous.PostAsync("/sim/v1/callbacks/1/redeliver", null)).Code.Should().Be(401);

        using var tenant = engine.Anonymous();
        await tenant.LoginAsync(engine.Seed.Tenants[0].Identity, engine.Seed.Tenants[0].Password);
        (await tenant.GetAsync("/sim/v1/callbacks")).Code.Should().Be(403);
    }

    [Fact]
    public async Task Redeliver_makes_an_immediate_attempt_and_keeps_the_history()
    {
        var engine = await StartEngineAsync();
        var receiver = StartReceiver(200, 500, 200);
        var id = await engine.EnqueueAsync(receiver.Url, Body("wd-21"), "wd-21");
        await engine.WaitIdleAsync();
        using var admin = engine.SimulatorAdmin();

        var redelivered = await admin.PostAsync($"/sim/v1/callbacks/{id}/redeliver", null);
        redelivered.Code.Should().Be(200, redelivered.Text);
        receiver.Received.Should().HaveCount(2, "the attempt is made while the request waits");
        redelivered.Json!["attempts"]!.AsArray().Select(a => a!["trigger"]!.GetValue<string>()).Should().Equal("SCHEDULED", "REDELIVER");
        redelivered.Json["status"]!.GetValue<string>().Should().Be("PENDING", "the redelivery got a 500, so a new round of retries starts");
        redelivered.Json["nextAttemptAt"]!.GetValue<string>().Should().Be("2026-03-16T08:00:01.000Z");

        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));
        var view = await engine.CallbackAsync(id);
        view.Status.Should().Be("DELIVERED");
        view.Attempts.Select(a => (a.Trigger, a.Outcome)).Should().Equal(
            ("SCHEDULED", "SUCCEEDED"), ("REDELIVER", "FAILED"), ("SCHEDULED", "SUCCEEDED"));
        receiver.Received.Should().HaveCount(3);

        var missing = await admin.PostAsync("/sim/v1/callbacks/987654/redeliver", null);
        missing.Code.Should().Be(404);
        missing.IsEnvelope().Should().BeTrue();
    }

    [Fact]
    public async Task Redeliver_is_refused_while_another_attempt_holds_the_callback()
    {
        var engine = await StartEngineAsync();
        var receiver = StartReceiver(CallbackReceiver.Hang);
        var id = await engine.EnqueueAsync(receiver.Url, Body("wd-22"), "wd-22");
        await receiver.WaitForAsync(1);

        using var admin = engine.SimulatorAdmin();
        var busy = await admin.PostAsync($"/sim/v1/callbacks/{id}/redeliver", null);
        busy.Code.Should().Be(409);
        busy.ErrorCode.Should().Be("IAE002");
        receiver.Received.Should().HaveCount(1);
    }

    [Fact]
    public async Task Only_the_last_attempts_are_kept_and_response_bodies_are_capped()
    {
        var engine = await StartEngineAsync(null, "--Webhooks:MaxAttemptsKept=2", "--Webhooks:MaxStoredResponseChars=5");
        var receiver = StartReceiver(500);
        var id = await engine.EnqueueAsync(receiver.Url, Body("wd-23"), "wd-23");
        await engine.WaitIdleAsync();
        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));
        await engine.AdvanceAsync(TimeSpan.FromSeconds(10));

        var view = await engine.CallbackAsync(id);
        view.AttemptCount.Should().Be(3);
        view.Attempts.Select(a => a.Attempt).Should().Equal(2, 3);
        view.Attempts.Should().OnlyContain(a => a.ResponseBody == """{"rec""");
    }
}
