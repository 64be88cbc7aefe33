using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// kill -9 of the real engine process during concurrent cash withdrawals and VAS payments, restart on the same store
/// (SQLite, and PostgreSQL when available): the ledger invariants hold, every acknowledged withdrawal is still there
/// with its hold, every acknowledged payment ends final — charged exactly once when SUCCESSFUL, fully given back
/// otherwise — and the payment callbacks are neither lost nor invented (<see cref="CrashOutboxAudit"/>).
/// </summary>
public sealed class StormCrashTests
{
    private static readonly string[] Settings =
    [
        "--DemoWorld:CustomerCount=200", "--DemoWorld:IntegratorKeyBits=2048", "--Identity:PasswordHashIterations=1000", "--Logging:LogLevel:Default=Warning",
        "--Vas:ProviderTimeout=00:00:05", "--Vas:LeaseMargin=00:00:01",
        // On PostgreSQL a dead instance's callback claims are only taken over when their lease (attempt timeout + margin) ends.
        "--Webhooks:LeaseMargin=00:00:01",
    ];

    [Fact]
    public async Task Withdrawals_and_payments_acknowledged_before_kill_minus_9_end_held_settled_or_reversed_after_restart_on_SQLite()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "eclipse-crash", Guid.NewGuid().ToString("N"));
        try
        {
            await RunAsync([$"--data-dir={dataDir}", .. Settings]);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Withdrawals_and_payments_acknowledged_before_kill_minus_9_end_held_settled_or_reversed_after_restart_on_PostgreSQL()
    {
        PostgresTestServer.SkipIfUnavailable();
        var database = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            await RunAsync([$"--store={database}", .. Settings]);
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(database);
        }
    }

    private static async Task RunAsync(string[] arguments)
    {
        using var receiver = CallbackReceiver.Start(TimeProvider.System, 200);
        var withdrawals = new ConcurrentBag<(long WalletId, long Id)>();
        var payments = new ConcurrentBag<(long WalletId, long Id)>();
        JsonObject seed;
        await using (var engine = await EngineProcess.StartAsync(arguments))
        {
            seed = await engine.SeedAsync();
            var (za, zaWallets) = Tenant(seed, "ZAR");
            var (bw, bwWallets) = Tenant(seed, "BWP");
            using (var sim = Sim(engine, seed))
            {
                foreach (var wallet in zaWallets.Concat(bwWallets))
                {
                    (await sim.PostAsync($"/sim/v1/wallets/{wallet}/fund", new { amount = 5000m })).Code.Should().Be(200);
                }
            }

            using var stop = new CancellationTokenSource();
            var storm = Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
            {
                var vas = worker % 2 == 1;
                var tenant = vas ? bw : za;
                var wallet = (vas ? bwWallets : zaWallets)[worker / 2 % (vas ? bwWallets : zaWallets).Length];
                using var client = engine.Client();
                await client.LoginAsync(tenant["identity"]!.GetValue<string>(), tenant["password"]!.GetValue<string>());
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        var key = $"storm-{worker}-{i}-{Guid.NewGuid():N}";
                        var response = vas
                            ? await client.PostAsync($"tenants/{tenant["tenantId"]}/customers/{CustomerOf(seed, wallet)}/payments", new
                            {
                                externalUniqueId = key,
                                paymentData = "20_501_0",
                                type = "GLOBAL_VAS",
                                amount = 1m,
                                currency = "BWP",
                                walletId = wallet,
                                additionalFields = new[] { new { id = "msisdn", value = "772216623" } },
                                callbackUrl = receiver.Url,
                            })
                            : await client.PostAsync($"tenants/{tenant["tenantId"]}/wallets/{wallet}/withdrawals",
                                new { amount = 1m, type = "ZA_PAYCORP_ATM", externalUniqueId = key, description = "storm" });
                        if (response.Code == 200)
                        {
                            (vas ? payments : withdrawals).Add((wallet, response.Json![vas ? "paymentId" : "withdrawalId"]!.GetValue<long>()));
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                }
            })).ToList();

            for (var waited = 0; (withdrawals.Count < 30 || payments.Count < 30) && waited < 60_000; waited += 20)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }

            engine.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(storm);
        }

        withdrawals.Should().NotBeEmpty();
        payments.Should().NotBeEmpty();
        await using var restarted = await EngineProcess.StartAsync(arguments);
        using var admin = restarted.Client();
        await admin.LoginAsync(seed["admin"]!["identity"]!.GetValue<string>(), seed["admin"]!["password"]!.GetValue<string>());
        var zaId = Tenant(seed, "ZAR").Tenant["tenantId"]!.GetValue<long>();
        var bwId = Tenant(seed, "BWP").Tenant["tenantId"]!.GetValue<long>();
        foreach (var (wallet, id) in withdrawals)
        {
            var view = await admin.GetAsync($"tenants/{zaId}/wallets/{wallet}/withdrawals/{id}");
            view.Code.Should().Be(200, $"withdrawal {id} was acknowledged before the crash");
            view.Json!["status"]!.GetValue<string>().Should().BeOneOf("PENDING", "SUCCESSFUL", "CANCELLED", "EXPIRED", "ERROR");
        }

        foreach (var (wallet, id) in payments)
        {
            JsonObject final = [];
            for (var i = 0; i < 300 && !VasCalls.IsFinal(final = (await admin.GetAsync($"tenants/{bwId}/payments/{id}")).Json!.AsObject()); i++)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            VasCalls.IsFinal(final).Should().BeTrue($"payment {id} must resolve after the restart: {final.ToJsonString()}");
            var movements = (await admin.GetAsync($"tenants/{bwId}/wallets/{wallet}/transactions?externalUniqueId=Payment-{id}")).OkArray()
                .Select(m => m!["amount"]!.GetValue<decimal>()).ToList();
            if (final["status"]!.GetValue<string>() == "SUCCESSFUL")
            {
                movements.Should().ContainSingle($"payment {id} is charged once, never reversed").Which.Should().BeNegative();
            }
            else
            {
                movements.Sum().Should().Be(0m, $"payment {id} ({final["status"]}) is given back in full");
            }
        }

        using var sim2 = Sim(restarted, seed);
        await CrashOutboxAudit.VerifyAsync(sim2, admin, bwId, receiver);
        var invariants = await sim2.GetAsync("/sim/v1/ledger/invariants");
        invariants.Json!["ok"]!.GetValue<bool>().Should().BeTrue(invariants.Text);
    }

    private static (JsonObject Tenant, long[] Wallets) Tenant(JsonObject seed, string currency)
    {
        var tenant = seed["tenants"]!.AsArray().First(t => t!["currency"]!.GetValue<string>() == currency)!.AsObject();
        var wallets = seed["sampleCustomers"]!.AsArray().Where(c => c!["tenantId"]!.GetValue<long>() == tenant["tenantId"]!.GetValue<long>())
            .Select(c => c!["walletId"]!.GetValue<long>()).Take(3).ToArray();
        return (tenant, wallets);
    }

    private static long CustomerOf(JsonObject seed, long walletId) =>
        seed["sampleCustomers"]!.AsArray().First(c => c!["walletId"]!.GetValue<long>() == walletId)!["customerId"]!.GetValue<long>();

    private static EclipseClient Sim(EngineProcess engine, JsonObject seed)
    {
        var client = engine.Client();
        client.UseBasic(seed["admin"]!["identity"]!.GetValue<string>(), seed["admin"]!["password"]!.GetValue<string>());
        return client;
    }
}
