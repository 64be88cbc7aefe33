using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>What a direct withdrawal should have led to: its status, the wallet, the SMS, the ATM's answer, the callback.</summary>
[Binding]
public sealed class WithdrawalOutcomeSteps(EclipseApi api, WithdrawalControl withdrawals, WithdrawalScenario scenario, CallbackInbox callbacks)
{
    private string Path => $"tenants/{api.TenantOf(Role.GlobalIntegrator)}/wallets/{api.Seed.GlobalIntegrator.WalletId}/withdrawals";

    private string Token => scenario.Withdrawal?["token"]?.GetValue<string>() ?? throw new InvalidOperationException("The withdrawal has no token");

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
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WithdrawalSteps.CallbackKey), Encoding.UTF8.GetBytes(parts["t"] + "." + body)));
        parts["v1"].Should().Be(expected, "HMAC-SHA256 over t.body with the tenant's HMACOutboundSignatureKey (UK-ENC)");
    }

    private Task<(decimal Current, decimal Available)> BalancesAsync() => WithdrawalSteps.BalancesAsync(api);
}
