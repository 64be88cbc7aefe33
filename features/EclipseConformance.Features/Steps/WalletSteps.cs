using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;
using EclipseConformance.Gherkin.Assist;
using EclipseConformance.TestKit;

namespace EclipseConformance.Features.Steps;

[Binding]
public sealed class WalletSteps(EclipseApi api, ControlPlane control, WalletBook wallets)
{
    /// <summary>"My tenant's funded wallet": from the seed, or (against a sandbox) the first wallet the tenant lists.</summary>
    public static async Task<string> FundedWalletPathAsync(EclipseApi api, EclipseClient client)
    {
        if (api.Target.Seed is { } seed)
        {
            return $"tenants/{seed.Tenants[0].TenantId}/wallets/{seed.Tenants[0].WalletIds[0]}";
        }

        var login = await api.AsAsync(Role.TenantApiUser);
        var tenant = login.LastLogin!["tenantId"]!.GetValue<long>();
        var list = await login.GetAsync($"tenants/{tenant}/wallets?limit=1");
        return $"tenants/{tenant}/wallets/{list.Json![0]!["walletId"]}";
    }

    [When("I enquire my tenant's funded wallet")]
    public async Task EnquireFunded()
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        await api.RememberAsync(client.GetAsync(await FundedWalletPathAsync(api, client)));
    }

    [When("I enquire my tenant's funded wallet without a token")]
    public async Task EnquireWithoutToken()
    {
        var path = await FundedWalletPathAsync(api, await api.AsAsync(Role.TenantApiUser));
        using var anonymous = api.NewClient();
        await api.RememberAsync(anonymous.GetAsync(path));
    }

    [When("I enquire my tenant's funded wallet with my token altered")]
    public async Task EnquireWithAlteredToken()
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        var path = await FundedWalletPathAsync(api, client);
        var token = client.Token!;
        using var forger = api.NewClient();
        forger.UseToken(token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"));
        await api.RememberAsync(forger.GetAsync(path));
    }

    [When("I enquire wallet {long} of my tenant")]
    public async Task EnquireWallet(long walletId)
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        await api.RememberAsync(client.GetAsync($"tenants/{client.LastLogin!["tenantId"]}/wallets/{walletId}"));
    }

    [When("I enquire my disbursement wallet")]
    public async Task EnquireDisbursement()
    {
        var client = await api.AsAsync(Role.GlobalIntegrator);
        await api.RememberAsync(client.GetAsync($"tenants/{api.Seed.GlobalIntegrator.TenantId}/wallets/{api.Seed.GlobalIntegrator.WalletId}"));
    }

    [When("I enquire the other tenant's funded wallet through my tenant")]
    public async Task EnquireOtherThroughMine()
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        await api.RememberAsync(client.GetAsync($"tenants/{api.Seed.Tenants[0].TenantId}/wallets/{api.Seed.Tenants[1].WalletIds[0]}"));
    }

    [When("I enquire the other tenant's funded wallet in that tenant")]
    public async Task EnquireOtherInTheirs()
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        await api.RememberAsync(client.GetAsync($"tenants/{api.Seed.Tenants[1].TenantId}/wallets/{api.Seed.Tenants[1].WalletIds[0]}"));
    }

    [Then("the available balance is the current balance less reservations")]
    public void AvailableIsCurrentLessReservations()
    {
        var json = api.Last!.Json!;
        json["availableBalance"]!.GetValue<decimal>().Should().Be(json["currentBalance"]!.GetValue<decimal>() - json["reservations"]!.GetValue<decimal>());
    }

    [Given("wallets of my tenant:")]
    public async Task WalletsOfMyTenant(DataTable table)
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        var tenant = api.TenantOf(Role.TenantApiUser);
        foreach (var row in table.Rows)
        {
            var customer = await client.PostAsync($"tenants/{tenant}/customers",
                new { externalUniqueId = Guid.NewGuid().ToString(), firstName = row["name"], lastName = "Spec" });
            customer.Code.Should().Be(201, customer.Text);
            var wallet = await client.PostAsync($"tenants/{tenant}/customers/{customer.Json!["customerId"]}/wallets", new { name = row["name"] });
            wallet.Code.Should().Be(201, wallet.Text);
            var walletId = wallet.Json!["walletId"]!.GetValue<long>();
            var balance = row.GetDecimal("balance");
            if (balance > 0)
            {
                await control.FundAsync(walletId, balance);
            }

            wallets.Add(row["name"], tenant, walletId);
        }
    }

    [Then("{string} holds {decimal}")]
    public async Task Holds(string name, decimal balance)
    {
        var (tenant, walletId) = wallets[name];
        var admin = await api.AsAsync(Role.Administrator);
        var wallet = await admin.GetAsync($"tenants/{tenant}/wallets/{walletId}");
        wallet.Json!["currentBalance"]!.GetValue<decimal>().Should().Be(balance, $"{name}'s balance");
    }
}
