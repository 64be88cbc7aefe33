using System.Text.Json.Nodes;
using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Simulators;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// A tenant of the demo world — by default the Botswana one (FrontierWeb sells in BWP); <paramref name="tenantId"/> picks
/// another, e.g. 1001 (ZAR) for the South African providers — and the calls the VAS tests make.
/// </summary>
internal sealed class VasCalls(EngineFixture engine, long? tenantId = null)
{
    public SeedDocument.Tenant Tenant => tenantId is { } id ? engine.Seed.Tenants.First(t => t.TenantId == id) : engine.Seed.Tenants.First(t => t.Currency == "BWP");

    public long TenantId => Tenant.TenantId;

    public SeedDocument.Customer Customer(int index = 0) =>
        engine.Seed.SampleCustomers.Where(c => c.TenantId == TenantId).ElementAt(index);

    public Task<EclipseClient> LoginAsync() => engine.LoginAsync(Tenant.Identity, Tenant.Password);

    public string PaymentsPath(SeedDocument.Customer customer) => $"tenants/{TenantId}/customers/{customer.CustomerId}/payments";

    public Task<ApiResponse> PostRawAsync(EclipseClient client, SeedDocument.Customer customer, string body) =>
        client.SendRawAsync(HttpMethod.Post, PaymentsPath(customer), body);

    public Task<ApiResponse> GetAsync(EclipseClient client, long paymentId) => client.GetAsync($"tenants/{TenantId}/payments/{paymentId}");

    /// <summary>Polls GET (real time, bounded) until extraInfo is present or the status is a failure, as a channel does.</summary>
    public async Task<JsonObject> AwaitFinalAsync(EclipseClient client, long paymentId, double timeoutSeconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var payment = (await GetAsync(client, paymentId)).Json!.AsObject();
            if (IsFinal(payment) || DateTime.UtcNow > deadline)
            {
                return payment;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The document's rule: SUCCESSFUL alone is not final, SUCCESSFUL with extraInfo is; a failure status is.</summary>
    public static bool IsFinal(JsonObject payment) => payment["status"]!.GetValue<string>() switch
    {
        "SUCCESSFUL" => payment["extraInfo"] is not null,
        "FAILED" or "ERROR" or "ERROR_PERM" or "ERROR_TEMP" => true,
        _ => false,
    };

    /// <summary>
    /// Moves the manual clock in steps of <paramref name="step"/> (past provider timeouts and check intervals) until the
    /// payment is final; between steps it waits (real time) so the engine can react. Bounded.
    /// </summary>
    public async Task<JsonObject> AdvanceUntilFinalAsync(EclipseClient client, long paymentId, TimeSpan step, int maxSteps = 30)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            var payment = await AwaitFinalAsync(client, paymentId, timeoutSeconds: 0.3);
            if (IsFinal(payment))
            {
                return payment;
            }

            await UpstreamsQuietAsync();
            engine.Clock.Advance(step);
        }

        return await AwaitFinalAsync(client, paymentId);
    }

    /// <summary>
    /// Waits (real time, bounded) until every outgoing call of the engine is one a simulator was told to hold (a fault):
    /// moving the manual clock past the provider timeout while an ordinary call is merely slow (a loaded machine), or
    /// still on its way to the simulator, would turn it into a timeout the test did not ask for.
    /// </summary>
    private async Task UpstreamsQuietAsync()
    {
        var simulators = engine.Services.GetRequiredService<SimulatorSet>().All;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline
            && engine.UpstreamCalls.InFlight > simulators.Sum(s => s.Journal.Entries(last: 20).Count(e => !e.Completed && e.FaultKind is not null)))
        {
            await Task.Delay(20);
        }
    }
}
