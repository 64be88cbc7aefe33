using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Simulators;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// Calls of the two-step provider tests for the demo tenant of one currency (ZAR: Pay@/EasyPay, KES/UGX: Cellulant): the
/// document's bodies with the test's ids filled in, the PUT, funding, balances and waiting for a request to reach a simulator.
/// </summary>
internal sealed class ProviderCalls(EngineFixture engine, string currency)
{
    /// <summary>A loopback callback URL nobody listens on (the document's callbackUrl is on the internet; tests stay offline).</summary>
    public const string Discard = "http://127.0.0.1:9/hooks";

    public SeedDocument.Tenant Tenant => engine.Seed.Tenants.First(t => t.Currency == currency);

    public long TenantId => Tenant.TenantId;

    public SeedDocument.Customer Customer(int index) => engine.Seed.SampleCustomers.Where(c => c.TenantId == TenantId).ElementAt(index);

    public Task<EclipseClient> LoginAsync() => engine.LoginAsync(Tenant.Identity, Tenant.Password);

    public string PaymentsPath(SeedDocument.Customer customer) => $"tenants/{TenantId}/customers/{customer.CustomerId}/payments";

    public Task<ApiResponse> CatalogAsync(EclipseClient client, string? query) =>
        client.GetAsync($"tenants/{TenantId}/vas/catalogs" + (query is null ? "" : "?catalogQuery=" + Uri.EscapeDataString(query)));

    /// <summary>POSTs a document body after replacing each (from, to) pair; returns the response.</summary>
    public Task<ApiResponse> PostAsync(EclipseClient client, SeedDocument.Customer customer, string body, params (string From, string To)[] replacements)
    {
        foreach (var (from, to) in replacements)
        {
            body = body.Replace(from, to, StringComparison.Ordinal);
        }

        return client.SendRawAsync(HttpMethod.Post, PaymentsPath(customer), body);
    }

    public Task<ApiResponse> PutAsync(EclipseClient client, long paymentId, object body) => client.PutAsync($"tenants/{TenantId}/payments/{paymentId}", body);

    public Task<ApiResponse> GetAsync(EclipseClient client, long paymentId) => client.GetAsync($"tenants/{TenantId}/payments/{paymentId}");

    public async Task FundAsync(long walletId, decimal amount)
    {
        using var sim = engine.SimulatorAdmin();
        var response = await sim.PostAsync($"/sim/v1/wallets/{walletId}/fund", new { amount });
        response.Code.Should().Be(200, response.Text);
    }

    public Task<Balances> BalancesAsync(LedgerProbe probe, long walletId) =>
        Balances.ReadAsync(probe, TenantId, walletId, Tenant.VasSettlementWalletId, Tenant.FeeWalletId);

    /// <summary>Waits (real time, bounded) until <paramref name="simulator"/> has received more than <paramref name="before"/> requests of <paramref name="operation"/>.</summary>
    public static async Task WaitForArrivalAsync(UpstreamSimulator simulator, string operation, int before)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromSeconds(15));
        while (Count(simulator, operation) <= before)
        {
            await Task.Delay(10, patience.Token);
        }
    }

    public static int Count(UpstreamSimulator simulator, string operation) => simulator.Journal.Entries().Count(e => e.Operation == operation);

    public static string NewKey() => Guid.NewGuid().ToString();

    public static string Text(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    public static JsonObject ExtraInfo(JsonNode payment) => JsonNode.Parse(payment["extraInfo"]!.GetValue<string>())!.AsObject();
}
