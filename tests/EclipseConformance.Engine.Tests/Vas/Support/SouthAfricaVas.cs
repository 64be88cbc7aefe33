using System.Text.Json.Nodes;
using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Simulators;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// The calls the South African two-step provider tests make against the ZAR tenant 1001 (which lists Scan to Pay, ACS
/// and Kganya in the shipped rules): POST → BUILDING, the document's PUT, balances, and a PUT whose provider call
/// times out (the manual clock is moved past the provider timeout once the simulator has the request).
/// </summary>
internal sealed class SouthAfricaVas(EngineFixture engine)
{
    public const long TenantId = 1001;
    public static readonly TimeSpan PastTimeout = TimeSpan.FromSeconds(31);

    public VasCalls Calls { get; } = new(engine, TenantId);

    public SeedDocument.Tenant Tenant => Calls.Tenant;

    public T Simulator<T>()
        where T : UpstreamSimulator => engine.Services.GetRequiredService<SimulatorSet>().Get<T>();

    public Task<EclipseClient> LoginAsync() => Calls.LoginAsync();

    public SeedDocument.Customer Customer(int index) => Calls.Customer(index);

    public Task<ApiResponse> CatalogAsync(EclipseClient client, string? query = null) =>
        client.GetAsync($"tenants/{TenantId}/vas/catalogs" + (query is null ? "" : "?catalogQuery=" + Uri.EscapeDataString(query)));

    /// <summary>The document's POST (step 4) with <paramref name="paymentData"/> and the given additional fields.</summary>
    public Task<ApiResponse> PostAsync(EclipseClient client, SeedDocument.Customer customer, string paymentData, params (string Id, string Value)[] fields) =>
        client.PostAsync(Calls.PaymentsPath(customer), new
        {
            additionalFields = fields.Select(f => new { id = f.Id, value = f.Value }).ToArray(),
            landingUrl = "https://www.google.com/",
            callbackUrl = "http://www.blankwebsite.com",
            externalUniqueId = Guid.NewGuid().ToString(),
            paymentData,
            type = "GLOBAL_VAS",
            currency = "ZAR",
            walletId = customer.WalletId,
        });

    /// <summary>POSTs and checks the answer is BUILDING with no amount; the payment id.</summary>
    public async Task<long> BuildAsync(EclipseClient client, SeedDocument.Customer customer, string paymentData, params (string Id, string Value)[] fields)
    {
        var post = await PostAsync(client, customer, paymentData, fields);
        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("BUILDING");
        post.Json!["amount"]!.GetValue<decimal>().Should().Be(0m);
        return post.Json!["paymentId"]!.GetValue<long>();
    }

    /// <summary>The document's PUT (step 5): amount, walletId, landingUrl.</summary>
    public Task<ApiResponse> PutAsync(EclipseClient client, long paymentId, decimal amount, long walletId) =>
        client.PutAsync($"tenants/{TenantId}/payments/{paymentId}", new { amount, walletId, landingUrl = "https://www.google.com/" });

    /// <summary>A PUT whose provider call is held by a fault: waits for the request to reach <paramref name="simulator"/>, then moves the clock past the timeout.</summary>
    public async Task<ApiResponse> PutPastTimeoutAsync(EclipseClient client, UpstreamSimulator simulator, string operation, long paymentId, decimal amount, long walletId)
    {
        var seen = simulator.Journal.Entries().Count(e => e.Operation == operation);
        var put = PutAsync(client, paymentId, amount, walletId);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromSeconds(15));
        while (simulator.Journal.Entries().Count(e => e.Operation == operation) == seen)
        {
            await Task.Delay(10, patience.Token);
        }

        engine.Clock.Advance(PastTimeout);
        return await put;
    }

    public async Task<Balances> BalancesAsync(long customerWallet)
    {
        using var admin = await engine.LoginAdminAsync();
        return await Balances.ReadAsync(new LedgerProbe(admin), TenantId, customerWallet, Tenant.VasSettlementWalletId, Tenant.FeeWalletId);
    }

    public async Task<bool> LedgerInvariantsHoldAsync()
    {
        using var admin = await engine.LoginAdminAsync();
        return (await new LedgerProbe(admin).InvariantsAsync(engine.SimulatorAdmin()))["ok"]!.GetValue<bool>();
    }

    public static JsonObject ExtraInfo(ApiResponse payment) => JsonNode.Parse(payment.Json!["extraInfo"]!.GetValue<string>())!.AsObject();
}
