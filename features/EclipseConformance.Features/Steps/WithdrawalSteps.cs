using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>Direct withdrawal (features/withdrawals): the integrator's tokens, the ATM network, the monthly limit, callbacks.</summary>
[Binding]
public sealed class WithdrawalSteps(EclipseApi api, ControlPlane control, WithdrawalControl withdrawals, WithdrawalScenario scenario, CallbackInbox callbacks)
{
    /// <summary>The integrator tenant's HMACOutboundSignatureKey in the callback scenarios.</summary>
    public const string CallbackKey = "spec-withdrawal-callback-key";

    private long Tenant => api.TenantOf(Role.GlobalIntegrator);

    private long Wallet => api.Seed.GlobalIntegrator.WalletId;

    private string Path => $"tenants/{Tenant}/wallets/{Wallet}/withdrawals";

    /// <summary>Leaves the integrator's wallet as the scenario found it: runtime rules removed, its pending tokens cancelled.</summary>
    [AfterScenario("withdrawals")]
    public async Task CleanUp()
    {
        await withdrawals.ResetRulesAsync();
        if (scenario.Created.Count > 0)
        {
            var client = await api.AsAsync(Role.GlobalIntegrator);
            foreach (var id in scenario.Created)
            {
                await client.DeleteAsync($"{Path}/{id}");
            }
        }
    }

    [Given("a customer with a mobile phone")]
    public void ACustomer() => scenario.Phone.Should().MatchRegex("^27[0-9]{9}$");

    [When("I send a withdrawal token of {decimal} of type {string} to the customer's phone")]
    public Task Send(decimal amount, string type) => CreateAsync(amount, type, scenario.Phone, null);

    [When("I create a withdrawal token of {decimal} of type {string} without a phone")]
    public Task SendWithoutPhone(decimal amount, string type) => CreateAsync(amount, type, null, null);

    [Given("a withdrawal token of {decimal} was sent to the customer's phone")]
    public async Task WasSent(decimal amount)
    {
        await CreateAsync(amount, "ZA_PAYCORP_ATM", scenario.Phone, null);
        api.Last!.Code.Should().Be(200, api.Last.Text);
    }

    [Given("a withdrawal token of {decimal} was sent to the customer's phone with my callback URL")]
    public async Task WasSentWithCallback(decimal amount)
    {
        await CreateAsync(amount, "ZA_PAYCORP_ATM", scenario.Phone, callbacks.Url);
        api.Last!.Code.Should().Be(200, api.Last.Text);
    }

    [Given("the customer's phone already received withdrawal tokens of {decimal} this month")]
    public async Task AlreadyReceived(decimal amount)
    {
        if (amount > 0)
        {
            await WasSent(amount);
        }
    }

    [Given("a tenant sent a withdrawal token of {decimal} to the customer's phone in its local form")]
    public async Task TenantSent(decimal amount)
    {
        var tenant = await api.AsAsync(Role.TenantApiUser);
        var tenantId = api.TenantOf(Role.TenantApiUser);
        var customer = await tenant.PostAsync($"tenants/{tenantId}/customers", new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Spec", lastName = "Sender" });
        var wallet = await tenant.PostAsync($"tenants/{tenantId}/customers/{customer.Json!["customerId"]}/wallets", new { });
        var walletId = wallet.Json!["walletId"]!.GetValue<long>();
        await control.FundAsync(walletId, amount);
        var sent = await tenant.PostAsync($"tenants/{tenantId}/wallets/{walletId}/withdrawals", Body(amount, "ZA_PAYCORP_ATM", scenario.LocalPhone, null));
        sent.Code.Should().Be(200, sent.Text);
    }

    [Given("the ATM network refuses new tokens")]
    public Task NetworkRefuses() => withdrawals.PutRulesAsync("""
        {"version": 1, "behaviours": [{"name": "spec-atm-refuses-tokens", "upstream": "atm", "when": {"operation": "Register"},
          "then": {"kind": "BusinessError", "errorCode": "NETWORK_CLOSED", "errorMessage": "The network takes no new tokens"}}]}
        """);

    [Given("my callback receiver")]
    public async Task MyCallbackReceiver()
    {
        callbacks.Start();
        var admin = await api.AsAsync(Role.Administrator);
        var set = await admin.PutAsync($"tenants/{Tenant}/config-items", new[] { new { key = "HMACOutboundSignatureKey", value = CallbackKey } });
        set.Code.Should().Be(200, set.Text);
    }

    [When("the customer withdraws the cash at an ATM with the token and their phone")]
    [Given("the customer withdrew the cash at an ATM")]
    public async Task WithdrawAtAtm()
    {
        scenario.Atm = await withdrawals.CashOutAsync(Gateway, Token, scenario.Phone);
        if (scenario.Atm.Value.Answer["status"]?.GetValue<string>() != "DISPENSED")
        {
            throw new InvalidOperationException("The ATM did not dispense: " + scenario.Atm.Value.Answer.ToJsonString());
        }
    }

    [When("someone keys a wrong token into an ATM with the customer's phone")]
    public async Task WrongToken() =>
        scenario.Atm = await withdrawals.CashOutAsync(Gateway, new string(Token.Select(c => c == '9' ? '0' : (char)(c + 1)).ToArray()), scenario.Phone);

    [When("someone keys the token into an ATM with another phone")]
    public async Task AnotherPhone() => scenario.Atm = await withdrawals.CashOutAsync(Gateway, Token, scenario.Phone[..^1] + (scenario.Phone[^1] == '9' ? '0' : '9'));

    [When("I delete the withdrawal")]
    [Given("I delete the withdrawal")]
    public async Task Delete()
    {
        var client = await api.AsAsync(Role.GlobalIntegrator);
        await api.RememberAsync(client.DeleteAsync($"{Path}/{scenario.WithdrawalId}"));
    }

    [When("{int} days pass")]
    public async Task DaysPass(int days)
    {
        await control.AdvanceClockAsync(TimeSpan.FromDays(days));
        await LogInAgainAsync();
    }

    [When("the month turns in Johannesburg")]
    public async Task MonthTurns()
    {
        var now = await control.NowAsync();
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Africa/Johannesburg"));
        var nextMonth = new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, local.Offset).AddMonths(1);
        await control.AdvanceClockAsync(nextMonth - now + TimeSpan.FromSeconds(1));
        await LogInAgainAsync();
    }

    /// <summary>The JWTs expired while the clock moved (they live 15 minutes): log in again.</summary>
    private async Task LogInAgainAsync()
    {
        var (identity, password) = api.Credentials(Role.GlobalIntegrator);
        await (await api.AsAsync(Role.GlobalIntegrator)).LoginAsync(identity, password);
    }

    private string Token => scenario.Withdrawal?["token"]?.GetValue<string>() ?? throw new InvalidOperationException("The withdrawal has no token");

    private string Gateway => scenario.Withdrawal?["gateway"]?.GetValue<string>() ?? "ZA_PAYCORP_ATM";

    private static object Body(decimal amount, string type, string? phone, string? callbackUrl) =>
        new { amount, type, externalUniqueId = "spec-" + Guid.NewGuid().ToString("N"), description = "Spec payout", deliverToPhone = phone, callbackUrl };

    private async Task CreateAsync(decimal amount, string type, string? phone, string? callbackUrl)
    {
        var client = await api.AsAsync(Role.GlobalIntegrator);
        scenario.WalletBefore = await BalancesAsync(api);
        var response = await api.RememberAsync(client.PostAsync(Path, Body(amount, type, phone, callbackUrl)));
        if (response.Code == 200)
        {
            scenario.Withdrawal = response.Json!.AsObject();
            scenario.Created.Add(scenario.WithdrawalId);
        }
    }

    /// <summary>The integrator's disbursement wallet: current and available balance.</summary>
    public static async Task<(decimal Current, decimal Available)> BalancesAsync(EclipseApi api)
    {
        var client = await api.AsAsync(Role.GlobalIntegrator);
        var wallet = await client.GetAsync($"tenants/{api.TenantOf(Role.GlobalIntegrator)}/wallets/{api.Seed.GlobalIntegrator.WalletId}");
        wallet.Code.Should().Be(200, wallet.Text);
        return (wallet.Json!["currentBalance"]!.GetValue<decimal>(), wallet.Json["availableBalance"]!.GetValue<decimal>());
    }
}
