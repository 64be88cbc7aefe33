using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Transfers;

/// <summary>
/// Kill -9 of the real engine process in the middle of a transfer storm: after a restart on the same store every
/// acknowledged transfer is present exactly once, every unacknowledged one is fully present or fully absent, and
/// the ledger invariants hold.
/// </summary>
public class CrashSafetyTests
{
    private static readonly string[] SmallWorld =
        ["--DemoWorld:CustomerCount=200", "--DemoWorld:IntegratorKeyBits=2048", "--Identity:PasswordHashIterations=1000", "--Logging:LogLevel:Default=Warning"];

    [Fact]
    public async Task Acknowledged_transfers_survive_kill_minus_9_on_SQLite()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "eclipse-crash", Guid.NewGuid().ToString("N"));
        try
        {
            await RunAsync([$"--data-dir={dataDir}", .. SmallWorld]);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Acknowledged_transfers_survive_kill_minus_9_on_PostgreSQL()
    {
        PostgresTestServer.SkipIfUnavailable();
        var database = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            await RunAsync([$"--store={database}", .. SmallWorld]);
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(database);
        }
    }

    private static async Task RunAsync(string[] arguments)
    {
        var acknowledged = new ConcurrentBag<(string Key, long From, long To)>();
        var unacknowledged = new ConcurrentBag<(string Key, long From, long To)>();
        JsonObject seed;
        await using (var engine = await EngineProcess.StartAsync(arguments))
        {
            seed = await engine.SeedAsync();
            var tenant = seed["tenants"]![0]!;
            var wallets = seed["sampleCustomers"]!.AsArray().Where(c => c!["tenantId"]!.GetValue<long>() == tenant["tenantId"]!.GetValue<long>())
                .Select(c => c!["walletId"]!.GetValue<long>()).Append(tenant["walletIds"]![0]!.GetValue<long>()).ToArray();
            using var stop = new CancellationTokenSource();
            var storm = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
            {
                using var client = engine.Client();
                await client.LoginAsync(tenant["identity"]!.GetValue<string>(), tenant["password"]!.GetValue<string>());
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var from = wallets[^1];
                    var to = wallets[(worker + i) % (wallets.Length - 1)];
                    var key = $"crash-{worker}-{i}-{Guid.NewGuid():N}";
                    try
                    {
                        var response = await client.PostAsync($"tenants/{tenant["tenantId"]}/wallets/transfers",
                            new { fromWalletId = from, toWalletId = to, amount = 0.01m, description = "crash storm", externalUniqueId = key });
                        (response.Code == 204 ? acknowledged : unacknowledged).Add((key, from, to));
                    }
                    catch (HttpRequestException)
                    {
                        unacknowledged.Add((key, from, to));
                        return;
                    }
                }
            })).ToList();

            while (acknowledged.Count < 300)
            {
                await Task.Delay(20);
            }

            engine.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(storm);
        }

        await using var restarted = await EngineProcess.StartAsync(arguments);
        using var sim = restarted.Client();
        sim.UseBasic(seed["admin"]!["identity"]!.GetValue<string>(), seed["admin"]!["password"]!.GetValue<string>());
        var invariants = await sim.GetAsync("/sim/v1/ledger/invariants");
        invariants.Json!["ok"]!.GetValue<bool>().Should().BeTrue(invariants.Text);

        using var admin = restarted.Client();
        await admin.LoginAsync(seed["admin"]!["identity"]!.GetValue<string>(), seed["admin"]!["password"]!.GetValue<string>());
        var tenantId = seed["tenants"]![0]!["tenantId"]!.GetValue<long>();
        foreach (var (key, from, _) in acknowledged)
        {
            (await admin.GetAsync($"tenants/{tenantId}/wallets/{from}/transactions?externalUniqueId={key}")).OkArray()
                .Should().ContainSingle($"{key} was acknowledged before the crash");
        }

        foreach (var (key, from, to) in unacknowledged)
        {
            var debits = (await admin.GetAsync($"tenants/{tenantId}/wallets/{from}/transactions?externalUniqueId={key}")).OkArray().Count;
            var credits = (await admin.GetAsync($"tenants/{tenantId}/wallets/{to}/transactions?externalUniqueId={key}")).OkArray().Count;
            debits.Should().BeLessThanOrEqualTo(1);
            credits.Should().Be(debits, $"{key} must be fully present or fully absent");
        }

        acknowledged.Count.Should().BeGreaterThanOrEqualTo(300);
    }
}
