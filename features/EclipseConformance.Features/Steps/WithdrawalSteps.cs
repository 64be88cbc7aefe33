using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>Direct withdrawal (features/withdrawals): the integrator's tokens, the ATM network, the monthly limit, callbacks.</summary>
[Binding]
public sealed class WithdrawalSteps(EclipseApi api, ControlPlane control, WithdrawalControl withdrawals, WithdrawalScenario scenario, CallbackInbox callbacks)
{
    private const string CallbackKey = "spec-withdrawal-callback-key";

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

    [Then("the withdrawal is PENDING with a token")]
    public void PendingWithToken()
    {
        api.Last!.Code.Should().Be(200, api.Last.Text);
        api.Last.Json!["status"]!.GetValue<string>().Should().Be("PENDING");
        api.Last.Json["token"]!.GetValue<string>().Should().MatchRegex("^[0-9]{4,20}$");
    }

    [Then("the gateway is {string} and the type is {string}")]
    public void GatewayAndType(string gateway, string type)
    {
        api.Last!.Json!["gateway"]!.GetValue<string>().Should().Be(gateway);
        api.Last.Json["type"]!.GetValue<string>().Should().Be(type);
    }

    [Then("{decimal} of my wallet is reserved")]
    public async Task Reserved(decimal amount)
    {
        var (current, available) = await BalancesAsync();
        current.Should().Be(scenario.WalletBefore.Current);
        available.Should().Be(scenario.WalletBefore.Available - amount);
    }

    [Then("nothing of my wallet is reserved by it")]
    [Then("the money is available in my wallet again")]
    public async Task NothingReserved() => (await BalancesAsync()).Should().Be(scenario.WalletBefore);

    [Then("my wallet's balance went down by {decimal}")]
    public async Task BalanceDown(decimal amount) => (await BalancesAsync()).Should().Be((scenario.WalletBefore.Current - amount, scenario.WalletBefore.Available - amount));

    [Then("the customer's phone receives an SMS with the token, the amount {string} and instructions")]
    public async Task ReceivesSms(string amount)
    {
        var sms = (await withdrawals.SmsInboxAsync(scenario.LocalPhone)).Should().ContainSingle().Subject!;
        sms["to"]!.GetValue<string>().Should().Be(scenario.Phone);
        sms["message"]!.GetValue<string>().Should().Contain(Token).And.Contain(amount).And.Contain("ATM");
    }

    [Then("the customer's phone receives no SMS")]
    public async Task NoSms() => (await withdrawals.SmsInboxAsync(scenario.Phone)).Should().BeEmpty();

    [Then("the ATM dispenses the cash")]
    public void Dispensed()
    {
        scenario.Atm!.Value.Status.Should().Be(200);
        scenario.Atm.Value.Answer["status"]!.GetValue<string>().Should().Be("DISPENSED");
    }

    [Then("the ATM declines with {string}")]
    public void Declines(string code)
    {
        scenario.Atm!.Value.Answer["status"]!.GetValue<string>().Should().Be("DECLINED");
        scenario.Atm.Value.Answer["errorCode"]!.GetValue<string>().Should().Be(code);
    }

    [Then("^the withdrawal is (PENDING|SUCCESSFUL|TIMEOUT|CANCELLED|ERROR)$")]
    public async Task StatusIs(string status)
    {
        var client = await api.AsAsync(Role.GlobalIntegrator);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string? actual;
        do
        {
            actual = (await client.GetAsync($"{Path}/{scenario.WithdrawalId}")).Json?["status"]?.GetValue<string>();
            if (actual == status || status == "PENDING")
            {
                break;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        actual.Should().Be(status);
    }

    [Then("the withdrawal is ERROR with an errorDescription")]
    public async Task ErrorWithDescription()
    {
        await StatusIs("ERROR");
        var client = await api.AsAsync(Role.GlobalIntegrator);
        var query = await client.GetAsync($"{Path}/{scenario.WithdrawalId}");
        query.Json!["errorDescription"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Then("^the withdrawal is (accepted|refused)$")]
    public void AcceptedOrRefused(string outcome)
    {
        if (outcome == "accepted")
        {
            api.Last!.Code.Should().Be(200, api.Last.Text);
            api.Last.Json!["status"]!.GetValue<string>().Should().Be("PENDING");
        }
        else
        {
            api.Last!.Code.Should().Be(400, api.Last.Text);
            api.Last.IsEnvelope().Should().BeTrue();
            api.Last.ErrorCode.Should().Be("IAE001");
        }
    }

    [Then("the refusal says the monthly withdrawal limit was reached")]
    public void LimitReached() => api.Last!.Error["description"]!.GetValue<string>().Should().Contain("Monthly withdrawal limit reached");

    [Then("my callback receiver gets the withdrawal with status {word}")]
    public async Task CallbackWithStatus(string status)
    {
        var (body, _) = await callbacks.FirstAsync();
        var json = JsonNode.Parse(body)!;
        json["withdrawalId"]!.GetValue<long>().Should().Be(scenario.WithdrawalId);
        json["status"]!.GetValue<string>().Should().Be(status);
    }

    [Then("the callback equals the withdrawal query")]
    public async Task CallbackEqualsQuery()
    {
        var client = await api.AsAsync(Role.GlobalIntegrator);
        (await callbacks.FirstAsync()).Body.Should().Be((await client.GetAsync($"{Path}/{scenario.WithdrawalId}")).Text);
    }

    [Then("the callback carries an Eclipse-Signature")]
    public async Task Signed()
    {
        var (body, signature) = await callbacks.FirstAsync();
        signature.Should().MatchRegex("^t=[0-9]+,v1=");
        var parts = signature!.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(CallbackKey), Encoding.UTF8.GetBytes(parts["t"] + "." + body)));
        parts["v1"].Should().Be(expected, "HMAC-SHA256 over t.body with the tenant's HMACOutboundSignatureKey (UK-ENC)");
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
        scenario.WalletBefore = await BalancesAsync();
        var response = await api.RememberAsync(client.PostAsync(Path, Body(amount, type, phone, callbackUrl)));
        if (response.Code == 200)
        {
            scenario.Withdrawal = response.Json!.AsObject();
            scenario.Created.Add(scenario.WithdrawalId);
        }
    }

    private async Task<(decimal Current, decimal Available)> BalancesAsync()
    {
        var client = await api.AsAsync(Role.GlobalIntegrator);
        var wallet = await client.GetAsync($"tenants/{Tenant}/wallets/{Wallet}");
        wallet.Code.Should().Be(200, wallet.Text);
        return (wallet.Json!["currentBalance"]!.GetValue<decimal>(), wallet.Json["availableBalance"]!.GetValue<decimal>());
    }
}
