using System.Text.Json.Nodes;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>Steps of the two-step VAS features (Pay@, EasyPay, Cellulant): another tenant, BUILDING and the provider's answer (the PUT: <see cref="TwoStepVasSteps"/>).</summary>
[Binding]
public sealed class VasTwoStepSteps(VasDriver vas)
{
    [Given("I am logged in as the {word} tenant's API user")]
    public Task LoggedIn(string currency) => vas.LogInAsync(currency);

    [Given("a customer wallet holding {decimal}")]
    public Task Wallet(decimal balance) => vas.OpenWalletAsync(balance);

    [Then("the payment is BUILDING with amount {decimal}")]
    public void Building(decimal amount)
    {
        vas.Payment!["status"]!.GetValue<string>().Should().Be("BUILDING", vas.Payment.ToJsonString());
        vas.Payment["amount"]!.GetValue<decimal>().Should().Be(amount);
        vas.Payment.ContainsKey("extraInfo").Should().BeFalse();
    }

    [Then("the payment is SUCCESSFUL for {decimal} with fee {decimal} and extraInfo {string} {string}")]
    public void Successful(decimal amount, decimal fee, string field, string value)
    {
        vas.Payment!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", vas.Payment.ToJsonString());
        vas.Payment["amount"]!.GetValue<decimal>().Should().Be(amount);
        vas.Payment["fee"]!.GetValue<decimal>().Should().Be(fee);
        JsonNode.Parse(vas.Payment["extraInfo"]!.GetValue<string>())![field]!.ToString().Should().Be(value);
    }

    [Then("the payment is {word} with errorDescription {string}")]
    public void FailedWith(string status, string description)
    {
        vas.Payment!["status"]!.GetValue<string>().Should().Be(status, vas.Payment.ToJsonString());
        vas.Payment["errorDescription"]!.GetValue<string>().Should().Be(description);
    }
}
