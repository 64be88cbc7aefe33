using System.Text.Json.Nodes;
using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Simulators;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// What a matrix row needs from the shared engine, isolated by data (ADR 0041): a fresh customer and wallet per row,
/// funded through the control plane; every engine answer the row saw (to prove none was a 500); the clock driver.
/// </summary>
internal sealed class MatrixWorld(EngineFixture engine)
{
    public static readonly string[] FailureStatuses = ["FAILED", "ERROR", "ERROR_PERM", "ERROR_TEMP"];

    public EngineFixture Engine => engine;

    public MatrixClock Clock { get; } = new(engine);

    public SimulatorSet Simulators => engine.Services.GetRequiredService<SimulatorSet>();

    public List<(string Call, int Code)> Answers { get; } = [];

    public SeedDocument.Tenant Tenant(string currency) => engine.Seed.Tenants.First(t => t.Currency == currency);

    public async Task<ApiResponse> TrackAsync(string call, Task<ApiResponse> request)
    {
        var response = await request;
        Answers.Add((call, response.Code));
        return response;
    }

    /// <summary>A new customer of <paramref name="tenant"/> with one wallet funded with <paramref name="funds"/>.</summary>
    public async Task<(long CustomerId, long WalletId)> CustomerAsync(SeedDocument.Tenant tenant, decimal funds, string? phone = null)
    {
        using var client = await engine.LoginAsync(tenant.Identity, tenant.Password);
        var customer = await client.PostAsync($"tenants/{tenant.TenantId}/customers", phone is null
            ? new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Fault", lastName = "Matrix" }
            : (object)new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Fault", lastName = "Matrix", phone1 = phone });
        customer.Code.Should().Be(201, customer.Text);
        var customerId = customer.Json!["customerId"]!.GetValue<long>();
        var wallet = await client.PostAsync($"tenants/{tenant.TenantId}/customers/{customerId}/wallets", new { currency = tenant.Currency });
        wallet.Code.Should().Be(201, wallet.Text);
        var walletId = wallet.Json!["walletId"]!.GetValue<long>();
        using var sim = engine.SimulatorAdmin();
        (await sim.PostAsync($"/sim/v1/wallets/{walletId}/fund", new { amount = funds })).Code.Should().Be(200);
        return (customerId, walletId);
    }

    public async Task<WalletSnapshot> WalletAsync(long tenantId, long walletId)
    {
        using var admin = await engine.LoginAdminAsync();
        return await new LedgerProbe(admin).SnapshotAsync(tenantId, walletId);
    }

    public async Task<TenantBalances> TenantBalancesAsync(SeedDocument.Tenant tenant) => new(
        (await WalletAsync(tenant.TenantId, tenant.VasSettlementWalletId)).Current,
        (await WalletAsync(tenant.TenantId, tenant.FeeWalletId)).Current);

    public async Task<JsonObject> InvariantsAsync()
    {
        using var admin = await engine.LoginAdminAsync();
        return await new LedgerProbe(admin).InvariantsAsync(engine.SimulatorAdmin());
    }

    /// <summary>The payment's status once the engine considers it final (a failure, or SUCCESSFUL with extraInfo), moving the clock as needed.</summary>
    public async Task<JsonObject> PaymentUntilFinalAsync(EclipseClient client, long tenantId, long paymentId)
    {
        JsonObject payment = [];
        await Clock.AdvanceUntilAsync(async () =>
        {
            var response = await TrackAsync("GET payment", client.GetAsync($"tenants/{tenantId}/payments/{paymentId}"));
            payment = response.Json!.AsObject();
            return IsFinal(payment);
        });
        return payment;
    }

    public static bool IsFinal(JsonObject payment) => payment["status"]!.GetValue<string>() switch
    {
        "SUCCESSFUL" => payment["extraInfo"] is not null,
        var status => FailureStatuses.Contains(status),
    };

    /// <summary>The run of a VAS payment that was created (and possibly completed) and is now as final as it gets.</summary>
    public async Task<FlowRun> VasRunAsync(SeedDocument.Tenant tenant, (long CustomerId, long WalletId) payer, decimal funds, TenantBalances before, JsonObject payment)
    {
        var status = payment["status"]!.GetValue<string>();
        return new FlowRun(
            status, IsFinal(payment), status == "SUCCESSFUL", tenant.TenantId, payer.WalletId, funds,
            payment["amount"]?.GetValue<decimal>() ?? 0m, payment["fee"]?.GetValue<decimal>() ?? 0m, before, await TenantBalancesAsync(tenant),
            Detail: payment["errorDescription"]?.ToString());
    }

    /// <summary>The run of a payment the engine refused at the POST (nothing was created).</summary>
    public async Task<FlowRun> RejectedAsync(SeedDocument.Tenant tenant, (long CustomerId, long WalletId) payer, decimal funds, TenantBalances before) =>
        new("REJECTED", true, false, tenant.TenantId, payer.WalletId, funds, 0m, 0m, before, await TenantBalancesAsync(tenant));
}
