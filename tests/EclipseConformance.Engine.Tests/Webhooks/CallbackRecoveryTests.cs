using Dapper;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Tests.Webhooks;

public class CallbackRecoveryTests : WebhookTest
{
    [Fact]
    public async Task A_callback_committed_just_before_a_crash_is_delivered_exactly_once_after_restart()
    {
        var receiver = StartReceiver(200);
        var first = await StartEngineAsync();
        var id = await first.EnqueueAsync(receiver.Url, Body("wd-10"), "wd-10", nudge: false);
        await first.StopAsync();
        receiver.Received.Should().BeEmpty("the engine stopped after the commit and before any dispatch");

        var second = await StartEngineAsync();
        await second.WaitIdleAsync();
        receiver.Received.Should().ContainSingle().Which.BodyText.Should().Be(Body("wd-10"));
        var view = await second.CallbackAsync(id);
        view.Status.Should().Be("DELIVERED");
        view.AttemptCount.Should().Be(1);

        await second.AdvanceAsync(TimeSpan.FromDays(45));
        receiver.Received.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_callback_whose_dispatcher_died_holding_the_lease_is_delivered_after_restart()
    {
        var receiver = StartReceiver(200);
        var first = await StartEngineAsync();
        var id = await first.EnqueueAsync(receiver.Url, Body("wd-11"), "wd-11", nudge: false);
        await using (var connection = await first.Get<Database>().OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync(
                "UPDATE callbacks SET claim_token = 'dead', claimed_by = 'engine-dead', claimed_until_ms = @until WHERE callback_id = @id",
                new { id, until = Clock.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds() });
        }

        await first.StopAsync();
        var second = await StartEngineAsync();
        await second.WaitIdleAsync();

        receiver.Received.Should().ContainSingle();
        (await second.CallbackAsync(id)).Status.Should().Be("DELIVERED");
    }

    [Fact]
    public async Task An_attempt_cut_short_by_shutdown_is_recorded_and_made_again_after_restart()
    {
        var receiver = StartReceiver(CallbackReceiver.Hang, 200);
        var first = await StartEngineAsync();
        var id = await first.EnqueueAsync(receiver.Url, Body("wd-12"), "wd-12");
        await receiver.WaitForAsync(1);
        await first.StopAsync();

        var second = await StartEngineAsync();
        await second.WaitIdleAsync();
        var view = await second.CallbackAsync(id);
        view.Status.Should().Be("DELIVERED");
        view.Attempts.Select(a => a.Outcome).Should().Equal("INTERRUPTED", "SUCCEEDED");
        view.Attempts[0].Dispatcher.Should().NotBe(view.Attempts[1].Dispatcher);
        view.Failures.Should().Be(0);
        receiver.Received.Should().HaveCount(2, "delivery is at least once: the interrupted request may have reached the receiver");
    }

    [Fact]
    public async Task A_callback_rolled_back_with_its_state_change_is_never_sent()
    {
        var receiver = StartReceiver(200);
        var engine = await StartEngineAsync();
        var outbox = engine.Get<CallbackOutbox>();

        async Task ProduceAsync(string reference, bool commit)
        {
            await using var connection = await engine.Get<Database>().OpenAsync(TestContext.Current.CancellationToken);
            await using var transaction = await Database.BeginWriteAsync(connection, TestContext.Current.CancellationToken);
            await connection.ExecuteAsync(
                "INSERT INTO sim_state (key, value, updated_ms) VALUES (@key, 'state-change', 0)", new { key = "test-" + reference }, transaction);
            await outbox.EnqueueAsync(connection, transaction, new CallbackMessage(engine.TenantId, receiver.Url, Body(reference), "WITHDRAWAL", reference), TestContext.Current.CancellationToken);
            if (commit)
            {
                await transaction.CommitAsync(TestContext.Current.CancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(TestContext.Current.CancellationToken);
            }

            outbox.Nudge();
        }

        await ProduceAsync("wd-rolled-back", commit: false);
        await ProduceAsync("wd-committed", commit: true);
        await engine.WaitIdleAsync();
        await engine.AdvanceAsync(TimeSpan.FromMinutes(5));

        receiver.Received.Select(r => r.BodyText).Should().Equal(Body("wd-committed"));
        var inspection = engine.Get<CallbackInspection>();
        (await inspection.ListAsync(new CallbackFilter(null, null, "wd-rolled-back", null, 10, 0), TestContext.Current.CancellationToken)).Should().BeEmpty();
        await using var check = await engine.Get<Database>().OpenAsync(TestContext.Current.CancellationToken);
        (await check.QueryAsync<string>("SELECT key FROM sim_state WHERE key LIKE 'test-%'")).Should().Equal("test-wd-committed");
    }

    [Fact]
    public async Task An_invalid_message_is_refused_by_the_outbox_and_nothing_is_written()
    {
        var engine = await StartEngineAsync(null, "--Webhooks:MaxBodyBytes=1024");
        var outbox = engine.Get<CallbackOutbox>();
        CallbackMessage[] invalid =
        [
            new(engine.TenantId, "ftp://example.test/cb", "{}", "WITHDRAWAL", "r1"),
            new(engine.TenantId, "/relative", "{}", "WITHDRAWAL", "r1"),
            new(engine.TenantId, "http://user:pw@example.test/cb", "{}", "WITHDRAWAL", "r1"),
            new(engine.TenantId, "http://example.test/cb", "{}", "withdrawal", "r1"),
            new(engine.TenantId, "http://example.test/cb", "{}", "WITHDRAWAL", ""),
            new(engine.TenantId, "http://example.test/cb", new string('x', 1025), "WITHDRAWAL", "r1"),
        ];
        await using var connection = await engine.Get<Database>().OpenAsync(TestContext.Current.CancellationToken);
        foreach (var message in invalid)
        {
            await using var transaction = await Database.BeginWriteAsync(connection, TestContext.Current.CancellationToken);
            var enqueue = () => outbox.EnqueueAsync(connection, transaction, message, TestContext.Current.CancellationToken);
            await enqueue.Should().ThrowAsync<ArgumentException>();
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        (await connection.QuerySingleAsync<long>("SELECT COUNT(*) FROM callbacks")).Should().Be(0);
        CallbackOutbox.IsValidUrl("https://channel.example.test/hooks?x=1").Should().BeTrue();
    }
}
