using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// The work queue is durable: kill -9 the real engine process right after a FrontierWeb POST was acknowledged (its
/// pre-vend held up by a simulator behaviour), restart it on the same store, and the payment completes — charged once.
/// </summary>
public class CrashRecoveryTests
{
    private const string Meter = "21500000031";

    private static readonly string[] Settings =
    [
        "--DemoWorld:CustomerCount=200", "--DemoWorld:IntegratorKeyBits=2048", "--Identity:PasswordHashIterations=1000", "--Logging:LogLevel:Default=Warning",
        "--Vas:ProviderTimeout=00:00:05", "--Vas:LeaseMargin=00:00:01",
    ];

    [Fact]
    public async Task A_payment_acknowledged_before_a_crash_completes_after_the_restart_on_SQLite()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "eclipse-crash", Guid.NewGuid().ToString("N"));
        try
        {
            await RunAsync($"--data-dir={dataDir}");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_payment_acknowledged_before_a_crash_completes_after_the_restart_on_PostgreSQL()
    {
        PostgresTestServer.SkipIfUnavailable();
        var database = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            await RunAsync($"--store={database}");
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(database);
        }
    }

    private static async Task RunAsync(string store)
    {
        var rules = Path.Combine(Path.GetTempPath(), "eclipse-rules", "crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(rules);
        File.WriteAllText(Path.Combine(rules, "slow.yaml"), $$"""
            version: 1
            behaviours:
              - name: slow-pre-vend
                upstream: frontierweb
                when: { operation: PreVend, field: meterNumber, equals: "{{Meter}}" }
                then: { kind: Delay }
                after: 30s
            """);
        string[] arguments = [store, $"--rules={rules}", .. Settings];
        try
        {
            JsonObject seed;
            long paymentId;
            await using (var engine = await EngineProcess.StartAsync(arguments))
            {
                seed = await engine.SeedAsync();
                using var client = await LoginAsync(engine, seed);
                var (tenant, customer) = Lesedi(seed);
                var (body, _) = DocumentRequests.For(DocumentRequests.Utility, customer["walletId"]!.GetValue<long>(), ("21500123456", Meter));
                var post = await client.SendRawAsync(HttpMethod.Post, $"tenants/{tenant}/customers/{customer["customerId"]}/payments", body);
                post.Code.Should().Be(200, post.Text);
                post.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
                paymentId = post.Json!["paymentId"]!.GetValue<long>();
                await Task.Delay(500);
                (await client.GetAsync($"tenants/{tenant}/payments/{paymentId}")).Json!.AsObject().ContainsKey("extraInfo").Should().BeFalse("the pre-vend is still held");
                engine.Kill();
            }

            File.Delete(Path.Combine(rules, "slow.yaml"));
            await using var restarted = await EngineProcess.StartAsync(arguments);
            using var again = await LoginAsync(restarted, seed);
            var (tenantId, holder) = Lesedi(seed);
            JsonObject final = [];
            for (var i = 0; i < 300 && !VasCalls.IsFinal(final = (await again.GetAsync($"tenants/{tenantId}/payments/{paymentId}")).Json!.AsObject()); i++)
            {
                await Task.Delay(100);
            }

            final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", final.ToJsonString());
            ExtraInfo.Slot(final["extraInfo"]!.GetValue<string>(), "electricityResponse")["meterNumber"]!.GetValue<string>().Should().Be(Meter);
            var movements = (await again.GetAsync($"tenants/{tenantId}/wallets/{holder["walletId"]}/transactions?externalUniqueId=Payment-{paymentId}")).Json!.AsArray();
            movements.Should().ContainSingle("charged once, never reversed").Which!["amount"]!.GetValue<decimal>().Should().Be(-184m);
            using var sim = restarted.Client();
            sim.UseBasic(seed["admin"]!["identity"]!.GetValue<string>(), seed["admin"]!["password"]!.GetValue<string>());
            (await sim.GetAsync("/sim/v1/ledger/invariants")).Json!["ok"]!.GetValue<bool>().Should().BeTrue();
        }
        finally
        {
            Directory.Delete(rules, recursive: true);
        }
    }

    private static (long TenantId, JsonObject Customer) Lesedi(JsonObject seed)
    {
        var tenant = seed["tenants"]!.AsArray().First(t => t!["currency"]!.GetValue<string>() == "BWP")!;
        var tenantId = tenant["tenantId"]!.GetValue<long>();
        return (tenantId, seed["sampleCustomers"]!.AsArray().First(c => c!["tenantId"]!.GetValue<long>() == tenantId)!.AsObject());
    }

    private static async Task<EclipseClient> LoginAsync(EngineProcess engine, JsonObject seed)
    {
        var tenant = seed["tenants"]!.AsArray().First(t => t!["currency"]!.GetValue<string>() == "BWP")!;
        var client = engine.Client();
        await client.LoginAsync(tenant["identity"]!.GetValue<string>(), tenant["password"]!.GetValue<string>());
        return client;
    }
}
