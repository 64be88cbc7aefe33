using System.Collections.Concurrent;
using CsCheck;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Transfers;

/// <summary>
/// Random storms of transfers, duplicates and invalid requests across many wallets from many clients at once, on
/// each store. After each storm: the ledger invariants hold (money conserved, no forbidden negative balance,
/// balances equal the sum of entries, postings balanced), every acknowledged transfer is present exactly once and
/// every rejected one is absent.
/// </summary>
public abstract class TransferStormTests<TFixture>(TFixture engine) where TFixture : EngineFixture
{
    private const int Wallets = 10;

    protected abstract void SkipIfUnavailable();

    private enum Kind { Valid, Repeat, Conflict, Overdraw, SameWallet, UnknownWallet }

    private static readonly Gen<(int From, int To, int Cents, Kind Kind)> OperationGen = Gen.Select(
        Gen.Int[0, Wallets - 1], Gen.Int[0, Wallets - 1], Gen.Int[1, 50_000],
        Gen.Frequency((60, Gen.Const(Kind.Valid)), (15, Gen.Const(Kind.Repeat)), (8, Gen.Const(Kind.Conflict)),
            (7, Gen.Const(Kind.Overdraw)), (5, Gen.Const(Kind.SameWallet)), (5, Gen.Const(Kind.UnknownWallet))));

    [Fact]
    public async Task Storms_conserve_money_and_apply_each_acknowledged_transfer_exactly_once()
    {
        SkipIfUnavailable();
        using var tenantClient = await engine.LoginTenantAsync();
        using var sim = engine.SimulatorAdmin();
        var tenant = engine.Seed.Tenants[0].TenantId;
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => engine.LoginTenantAsync()));

        await OperationGen.Array[150, 250].SampleAsync(async operations =>
        {
            var wallets = await NewFundedWalletsAsync(tenantClient, sim, tenant);
            var run = Guid.NewGuid().ToString("N")[..8];
            var requests = new List<(string Key, object Body)>();
            for (var i = 0; i < operations.Length; i++)
            {
                var (from, to, cents, kind) = operations[i];
                to = to == from ? (to + 1) % Wallets : to;
                var amount = cents / 100m;
                switch (kind)
                {
                    case Kind.Repeat when requests.Count > 0:
                        requests.Add(requests[i % requests.Count]);
                        break;
                    case Kind.Conflict when requests.Count > 0:
                        var original = requests[i % requests.Count];
                        requests.Add((original.Key, new { fromWalletId = wallets[from], toWalletId = wallets[to], amount = amount + 0.01m, description = "storm", externalUniqueId = original.Key }));
                        break;
                    default:
                        var key = $"{run}-{i}";
                        var (f, t, a) = kind switch
                        {
                            Kind.Overdraw => (wallets[from], wallets[to], 10_000_000m),
                            Kind.SameWallet => (wallets[from], wallets[from], amount),
                            Kind.UnknownWallet => (wallets[from], 987_654_321L, amount),
                            _ => (wallets[from], wallets[to], amount),
                        };
                        requests.Add((key, new { fromWalletId = f, toWalletId = t, amount = a, description = "storm", externalUniqueId = key }));
                        break;
                }
            }

            var outcomes = new ConcurrentBag<(string Key, int Status, object Body)>();
            await Parallel.ForEachAsync(requests.Select((r, i) => (r, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, _) =>
            {
                var response = await clients[item.i % clients.Length].PostAsync($"tenants/{tenant}/wallets/transfers", item.r.Body);
                response.Code.Should().BeOneOf([204, 400, 403, 404, 409], response.Text);
                outcomes.Add((item.r.Key, response.Code, item.r.Body));
            });

            var invariants = await sim.GetAsync("/sim/v1/ledger/invariants");
            invariants.Json!["ok"]!.GetValue<bool>().Should().BeTrue(invariants.Text);
            // A key's requests may differ (a conflicting reuse of a key whose first use was rejected is legitimately
            // applied), so look at every source wallet used with the key: exactly one debit in total when any request
            // with that key was acknowledged — by the acknowledged request's source — and none otherwise.
            static long Source(object body) => (long)body.GetType().GetProperty("fromWalletId")!.GetValue(body)!;
            foreach (var group in outcomes.GroupBy(o => o.Key))
            {
                var debits = new Dictionary<long, int>();
                foreach (var source in group.Select(o => Source(o.Body)).Distinct())
                {
                    debits[source] = (await tenantClient.GetAsync($"tenants/{tenant}/wallets/{source}/transactions?externalUniqueId={group.Key}"))
                        .Json!.AsArray().Count(t => t!["amount"]!.GetValue<decimal>() < 0);
                }

                var acknowledged = group.Where(o => o.Status == 204).ToList();
                if (acknowledged.Count > 0)
                {
                    acknowledged.Select(o => Source(o.Body)).Distinct().Should().ContainSingle($"key {group.Key} is applied for one payload only");
                    debits.Values.Sum().Should().Be(1, $"key {group.Key} was acknowledged");
                    debits[Source(acknowledged[0].Body)].Should().Be(1);
                }
                else
                {
                    debits.Values.Sum().Should().Be(0, $"key {group.Key} was never acknowledged: {string.Join(",", group.Select(g => g.Status))}");
                }
            }
        }, iter: 3, threads: 1);
    }

    private static async Task<long[]> NewFundedWalletsAsync(EclipseClient client, EclipseClient sim, long tenant)
    {
        var ids = new long[Wallets];
        for (var i = 0; i < Wallets; i++)
        {
            var customer = await client.PostAsync($"tenants/{tenant}/customers", new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Storm", lastName = "Wallet" });
            var wallet = await client.PostAsync($"tenants/{tenant}/customers/{customer.Json!["customerId"]}/wallets", new { });
            ids[i] = wallet.Json!["walletId"]!.GetValue<long>();
            (await sim.PostAsync($"/sim/v1/wallets/{ids[i]}/fund", new { amount = 1_000m })).Code.Should().Be(200);
        }

        return ids;
    }
}

public sealed class SqliteTransferStormTests(EngineFixture engine) : TransferStormTests<EngineFixture>(engine), IClassFixture<EngineFixture>
{
    protected override void SkipIfUnavailable()
    {
    }
}

public sealed class PostgresTransferStormTests(PostgresEngineFixture engine) : TransferStormTests<PostgresEngineFixture>(engine), IClassFixture<PostgresEngineFixture>
{
    protected override void SkipIfUnavailable() => PostgresTestServer.SkipIfUnavailable();
}
