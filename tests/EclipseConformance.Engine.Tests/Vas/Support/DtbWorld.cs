using System.Text.Json.Nodes;
using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// What the DTB tests share for one country's demo tenant (KES: Kenya, UGX: Uganda): fresh funded customers, the
/// catalog, payment and status calls over HTTP, and moving the manual clock until a PENDING payment is final.
/// </summary>
internal sealed class DtbWorld(VasEngineFixture engine, string currency)
{
    public SeedDocument.Tenant Tenant => engine.Seed.Tenants.First(t => t.Currency == currency);

    public long TenantId => Tenant.TenantId;

    public Task<EclipseClient> LoginAsync() => engine.LoginAsync(Tenant.Identity, Tenant.Password);

    /// <summary>A new customer of the tenant with one wallet funded with <paramref name="funds"/>.</summary>
    public async Task<(long CustomerId, long WalletId)> CustomerAsync(decimal funds)
    {
        using var client = await LoginAsync();
        var customer = await client.PostAsync($"tenants/{TenantId}/customers", new
        {
            externalUniqueId = Guid.NewGuid().ToString(),
            firstName = "James",
            lastName = "Madison",
            phone1 = currency == "KES" ? "254729294292" : "256775555466",
        });
        customer.Code.Should().Be(201, customer.Text);
        var customerId = customer.Json!["customerId"]!.GetValue<long>();
        var wallet = await client.PostAsync($"tenants/{TenantId}/customers/{customerId}/wallets", new { currency });
        wallet.Code.Should().Be(201, wallet.Text);
        var walletId = wallet.Json!["walletId"]!.GetValue<long>();
        using var sim = engine.SimulatorAdmin();
        (await sim.PostAsync($"/sim/v1/wallets/{walletId}/fund", new { amount = funds })).Code.Should().Be(200);
        return (customerId, walletId);
    }

    public Task<ApiResponse> CatalogAsync(EclipseClient client, string query) => client.GetAsync($"tenants/{TenantId}/vas/catalogs?{query}");

    public Task<ApiResponse> PayRawAsync(EclipseClient client, long customerId, string body) =>
        client.SendRawAsync(HttpMethod.Post, $"tenants/{TenantId}/customers/{customerId}/payments", body);

    /// <summary>POSTs a GLOBAL_VAS payment and expects 200.</summary>
    public async Task<JsonObject> PayAsync(
        EclipseClient client, (long CustomerId, long WalletId) payer, string paymentData, decimal amount, string? callbackUrl = null, params (string Id, string Value)[] fields)
    {
        var response = await client.PostAsync($"tenants/{TenantId}/customers/{payer.CustomerId}/payments", new
        {
            externalUniqueId = Guid.NewGuid().ToString(),
            type = "GLOBAL_VAS",
            paymentData,
            amount,
            currency,
            additionalFields = fields.Select(f => new { id = f.Id, value = f.Value }).ToArray(),
            walletId = payer.WalletId,
            callbackUrl,
            customFraudChecks = false,
        });
        response.Code.Should().Be(200, response.Text);
        return response.Json!.AsObject();
    }

    public async Task<JsonObject> GetAsync(EclipseClient client, long paymentId)
    {
        var response = await client.GetAsync($"tenants/{TenantId}/payments/{paymentId}");
        response.Code.Should().Be(200, response.Text);
        return response.Json!.AsObject();
    }

    public async Task<WalletSnapshot> WalletAsync(long walletId)
    {
        using var admin = await engine.LoginAdminAsync();
        return await new LedgerProbe(admin).SnapshotAsync(TenantId, walletId);
    }

    /// <summary>
    /// Moves the manual clock 5 s at a time (the status poll interval) until the payment leaves PENDING; between steps it
    /// waits (real time, bounded) for the engine to react. Bounded.
    /// </summary>
    public async Task<JsonObject> AdvanceUntilFinalAsync(EclipseClient client, long paymentId, int maxSteps = 12)
    {
        for (var step = 0; step <= maxSteps; step++)
        {
            var deadline = DateTime.UtcNow.AddSeconds(step == maxSteps ? 15 : 0.4);
            do
            {
                var payment = await GetAsync(client, paymentId);
                if (payment["status"]!.GetValue<string>() != "PENDING")
                {
                    return payment;
                }

                await Task.Delay(25);
            }
            while (DateTime.UtcNow < deadline);

            engine.Clock.Advance(TimeSpan.FromSeconds(5));
        }

        return await GetAsync(client, paymentId);
    }

    public static JsonObject ExtraInfo(JsonObject payment) => JsonNode.Parse(payment["extraInfo"]!.GetValue<string>())!.AsObject();
}
