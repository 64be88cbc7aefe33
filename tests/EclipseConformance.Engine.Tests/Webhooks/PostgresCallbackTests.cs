using Dapper;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Engine.Webhooks;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Webhooks;

/// <summary>Two engine instances sharing one PostgreSQL outbox (skipped with a reason when no server is available).</summary>
public class PostgresCallbackTests : WebhookTest
{
    private string? _database;

    private async Task<(WebhookEngine A, WebhookEngine B)> StartTwoAsync(params string[] settings)
    {
        PostgresTestServer.SkipIfUnavailable();
        _database = await PostgresTestServer.CreateDatabaseAsync("eclipse_webhooks");
        var a = await StartEngineAsync(_database, settings);
        var b = await StartEngineAsync(_database, settings);
        a.Get<CallbackDelivery>().InstanceId.Should().NotBe(b.Get<CallbackDelivery>().InstanceId);
        return (a, b);
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_deliver_every_callback_exactly_once()
    {
        var (a, b) = await StartTwoAsync("--Webhooks:MaxConcurrency=4");
        var receiver = StartReceiver(200);
        receiver.Delay = TimeSpan.FromMilliseconds(15);
        const int count = 60;
        for (var i = 0; i < count; i++)
        {
            await (i % 2 == 0 ? a : b).EnqueueAsync(receiver.Url, Body($"pg-{i}"), $"pg-{i}", nudge: false);
        }

        await Task.WhenAll(a.WaitIdleAsync(), b.WaitIdleAsync());
        await a.WaitIdleAsync();
        await b.WaitIdleAsync();

        receiver.Received.Should().HaveCount(count);
        receiver.Received.GroupBy(r => r.BodyText).Should().OnlyContain(g => g.Count() == 1);
        await using var connection = await a.Get<Database>().OpenAsync(TestContext.Current.CancellationToken);
        (await connection.QueryAsync<(string Status, long Attempts)>("SELECT status, attempt_count FROM callbacks"))
            .Should().HaveCount(count).And.OnlyContain(r => r.Status == "DELIVERED" && r.Attempts == 1);
        (await connection.QueryAsync<string>("SELECT DISTINCT dispatcher FROM callback_attempts"))
            .Should().BeEquivalentTo([a.Get<CallbackDelivery>().InstanceId, b.Get<CallbackDelivery>().InstanceId], "both instances took part");
    }

    [Fact]
    public async Task Concurrent_claims_from_two_instances_never_share_a_callback()
    {
        var (a, b) = await StartTwoAsync();
        for (var i = 0; i < 40; i++)
        {
            await a.EnqueueAsync("http://127.0.0.1:9/unused", Body($"claim-{i}"), $"claim-{i}", nudge: false);
        }

        var now = Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var stores = new[] { a.Get<CallbackStore>(), b.Get<CallbackStore>() };
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => stores[i % 2].ClaimDueAsync(10, now, now + 60_000, $"claimer-{i}", $"token-{i}", [], CancellationToken.None))));

        var ids = claims.SelectMany(c => c.Select(x => x.CallbackId)).ToList();
        ids.Should().OnlyHaveUniqueItems().And.HaveCount(40);
        (await stores[0].ClaimDueAsync(10, now, now + 60_000, "late", "late", [], CancellationToken.None)).Should().BeEmpty("every due callback is leased");
        (await stores[1].ClaimDueAsync(10, now + 60_000, now + 120_000, "after-expiry", "t", [], CancellationToken.None))
            .Should().HaveCount(10, "an expired lease is taken over");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await PostgresTestServer.DropDatabaseAsync(_database);
        }
    }
}
