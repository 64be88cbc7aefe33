using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

[Binding]
public sealed class TransferSteps(EclipseApi api, ControlPlane control, WalletBook wallets)
{
    private object? _lastBody;
    private string? _lastKey;

    [When("I transfer {decimal} from {string} to {string}")]
    public Task Transfer(decimal amount, string from, string to) => SendAsync(amount, wallets[from].WalletId, wallets[to].WalletId, Guid.NewGuid().ToString(), onlyCheck: false);

    [When("I check a transfer of {decimal} from {string} to {string}")]
    public Task Check(decimal amount, string from, string to) => SendAsync(amount, wallets[from].WalletId, wallets[to].WalletId, Guid.NewGuid().ToString(), onlyCheck: true);

    [When("I transfer {decimal} from {string} to the other tenant's funded wallet")]
    public Task TransferToOtherTenant(decimal amount, string from) =>
        SendAsync(amount, wallets[from].WalletId, api.Seed.Tenants[1].WalletIds[0], Guid.NewGuid().ToString(), onlyCheck: false);

    [When("I transfer {decimal} from {string} to {string} reusing that externalUniqueId")]
    public Task TransferReusingKey(decimal amount, string from, string to) => SendAsync(amount, wallets[from].WalletId, wallets[to].WalletId, _lastKey!, onlyCheck: false);

    [When("I send the same transfer again")]
    public async Task SendAgain()
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        await api.RememberAsync(client.PostAsync($"tenants/{api.TenantOf(Role.TenantApiUser)}/wallets/transfers", _lastBody));
    }

    [Then("the transfer succeeds")]
    public void Succeeds() => api.Last!.Code.Should().BeInRange(200, 299, api.Last.Text);

    [Then("querying the transactions of {string} by that externalUniqueId finds one transaction of {decimal}")]
    public async Task QueryByKey(string name, decimal amount)
    {
        var (tenant, walletId) = wallets[name];
        var client = await api.AsAsync(Role.TenantApiUser);
        var transactions = await client.GetAsync($"tenants/{tenant}/wallets/{walletId}/transactions?externalUniqueId={_lastKey}");
        transactions.Code.Should().Be(200, transactions.Text);
        var only = transactions.Json!.AsArray().Should().ContainSingle().Subject!;
        only["amount"]!.GetValue<decimal>().Should().Be(amount);
        only["externalUniqueId"]!.GetValue<string>().Should().Be(_lastKey);
    }

    [Then("the ledger invariants hold")]
    public async Task InvariantsHold()
    {
        var report = await control.InvariantsAsync();
        report["ok"]!.GetValue<bool>().Should().BeTrue(report.ToJsonString());
    }

    private async Task SendAsync(decimal amount, long from, long to, string key, bool onlyCheck)
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        _lastKey = key;
        _lastBody = new { fromWalletId = from, toWalletId = to, amount, description = "spec transfer", externalUniqueId = key, onlyCheck };
        await api.RememberAsync(client.PostAsync($"tenants/{api.TenantOf(Role.TenantApiUser)}/wallets/transfers", _lastBody));
    }
}
