using System.Globalization;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// externalUniqueId scope (policy <c>conflicts.externalUniqueIdScope</c>): GLOBAL (default) refuses a key another tenant
/// used; TENANT (the VAS document's wording) accepts it. A second tenant gets a BWP wallet funded by the global integrator.
/// </summary>
public class ExternalUniqueIdScopeTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private readonly VasCalls _vas = new(engine);

    [Fact]
    public async Task A_key_used_by_another_tenant_is_refused_globally_and_accepted_with_tenant_scope()
    {
        using var lesedi = await _vas.LoginAsync();
        var (firstBody, key) = DocumentRequests.For(DocumentRequests.Airtime, _vas.Customer(0).WalletId);
        (await _vas.PostRawAsync(lesedi, _vas.Customer(0), firstBody)).Code.Should().Be(200);

        var za = engine.Seed.Tenants.First(t => t.Currency == "ZAR");
        var customers = engine.Seed.SampleCustomers.Where(c => c.TenantId == za.TenantId).ToList();
        using var zaClient = await engine.LoginAsync(za.Identity, za.Password);
        var payer = await OpenBwpWalletAsync(zaClient, za.TenantId, customers[0].CustomerId);
        var settlement = await OpenBwpWalletAsync(zaClient, za.TenantId, customers[1].CustomerId);
        await FundFromIntegratorAsync(payer, 100m);
        var wallet = settlement.ToString(CultureInfo.InvariantCulture);
        (await zaClient.PutAsync($"tenants/{za.TenantId}/config-items", new[]
        {
            new { key = "destination.wallet.config.VAS.20", value = wallet },
            new { key = "fees.wallet.config.Pay.GLOBAL_DEFERRED.WALLET", value = wallet },
        })).Code.Should().Be(200);
        var path = $"tenants/{za.TenantId}/customers/{customers[0].CustomerId}/payments";
        var body = System.Text.RegularExpressions.Regex.Replace(DocumentRequests.Airtime, "\\{\\{\\$randomUUID\\}\\}", key).Replace("2536583", payer.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var refused = await zaClient.SendRawAsync(HttpMethod.Post, path, body);
        refused.Code.Should().Be(409, refused.Text);
        refused.ErrorCode.Should().Be("IAE002");
        refused.Error["description"]!.GetValue<string>().Should().Be($"externalUniqueId '{key}' was already used for another payment", "another tenant's payment id is not revealed");

        using var admin = engine.SimulatorAdmin();
        (await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """{"version": 1, "policies": {"conflicts": {"externalUniqueIdScope": "TENANT"}}}""")).Code.Should().Be(200);
        try
        {
            var accepted = await zaClient.SendRawAsync(HttpMethod.Post, path, body);
            accepted.Code.Should().Be(200, accepted.Text);
            accepted.Json!["externalUniqueId"]!.GetValue<string>().Should().Be(key);
            (await _vas.PostRawAsync(lesedi, _vas.Customer(0), firstBody)).Code.Should().Be(409, "within the tenant the key stays unique");
        }
        finally
        {
            (await admin.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }
    }

    private static async Task<long> OpenBwpWalletAsync(EclipseClient client, long tenantId, long customerId)
    {
        var opened = await client.PostAsync($"tenants/{tenantId}/customers/{customerId}/wallets", new { currency = "BWP", name = "Botswana wallet" });
        opened.Code.Should().Be(201, opened.Text);
        return opened.Json!["walletId"]!.GetValue<long>();
    }

    private async Task FundFromIntegratorAsync(long walletId, decimal amount)
    {
        var gi = engine.Seed.GlobalIntegrator;
        using var integrator = await engine.LoginIntegratorAsync();
        var transfer = await integrator.PostAsync($"tenants/{gi.TenantId}/wallets/transfers", new
        {
            fromWalletId = gi.Wallets.First(w => w.Currency == "BWP").WalletId,
            toWalletId = walletId,
            amount,
            description = "Botswana float for the test",
            externalUniqueId = Guid.NewGuid().ToString(),
        });
        transfer.Code.Should().Be(204, transfer.Text);
    }
}
