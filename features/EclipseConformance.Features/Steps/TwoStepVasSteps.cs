using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>
/// Steps of the South African two-step providers (features/vas/scantopay, acs, kganya): the ZAR tenant, the MSISDN
/// network lookup, network-grouped catalogs, the PUT that completes a BUILDING payment, and upstream faults.
/// </summary>
[Binding]
public sealed class TwoStepVasSteps(EclipseApi api, VasDriver vas)
{
    public const long SouthAfricanTenant = 1001;

    [Given("I am logged in as the API user of the South African tenant")]
    public Task LoggedIn() => vas.LogInAsync(SouthAfricanTenant);

    [Given("a South African customer wallet holding {decimal}")]
    public Task Wallet(decimal balance) => vas.OpenWalletAsync(balance);

    [When("I look up the network of {string}")]
    public Task LookUp(string msisdn) => api.RememberAsync(vas.Client.GetAsync($"tenants/{vas.TenantId}/vas/{Uri.EscapeDataString(msisdn)}"));

    [Then("the number is on network {int} {string}")]
    public void OnNetwork(int networkId, string name)
    {
        api.Last!.Code.Should().Be(200, api.Last.Text);
        api.Last.Json!["networkId"]!.GetValue<int>().Should().Be(networkId);
        api.Last.Json!["networkName"]!.GetValue<string>().Should().Be(name);
        api.Last.Json!["supported"]!.GetValue<bool>().Should().Be(networkId != 0);
    }

    [Then("the catalog lists partner {long} as {}")]
    public void ListedAs(long partnerId, string names)
    {
        api.Last!.Code.Should().Be(200, api.Last.Text);
        var partners = api.Last.Json!.AsArray();
        partners.Should().OnlyContain(p => p!["partnerId"]!.GetValue<long>() == partnerId);
        partners.Select(p => p!["partnerName"]!.GetValue<string>()).Should().Equal(names.Split(", ").Select(n => n.Trim('"')));
    }

    [Then("the catalog is partner {long} {string} with exactly these products:")]
    public void CatalogExactly(long partnerId, string name, DataTable products)
    {
        api.Last!.Code.Should().Be(200, api.Last.Text);
        var partner = api.Last.Json!.AsArray().Should().ContainSingle().Subject!.AsObject();
        partner.Select(p => p.Key).Should().Equal("partnerId", "partnerName", "providerId", "products");
        partner["partnerId"]!.GetValue<long>().Should().Be(partnerId);
        partner["partnerName"]!.GetValue<string>().Should().Be(name);
        var listed = partner["products"]!.AsArray();
        listed.Select(p => (p!["productTypeName"]!.GetValue<string>(), p["productId"]!.GetValue<string>(), p["productName"]!.GetValue<string>()))
            .Should().Equal(products.Rows.Select(r => (r["productTypeName"], r["productId"], r["productName"])));
        listed.Should().OnlyContain(p => p!["partnerId"]!.GetValue<long>() == partnerId && p.AsObject().Count == 4);
    }

    [When("I start a purchase of {string} with {word} {string}")]
    public Task Start(string paymentData, string field, string value) => vas.SendRawAsync(new JsonObject
    {
        ["additionalFields"] = new JsonArray(new JsonObject { ["id"] = field, ["value"] = value }),
        ["landingUrl"] = "https://www.google.com/",
        ["externalUniqueId"] = Guid.NewGuid().ToString(),
        ["paymentData"] = paymentData,
        ["type"] = "GLOBAL_VAS",
        ["currency"] = "ZAR",
        ["walletId"] = vas.WalletId,
    }.ToJsonString());

    [When("I complete the payment with:")]
    public Task Complete(DocString body) => vas.UpdateAsync(body.Content);

    [When("I complete the payment with amount {decimal}")]
    public Task CompleteWith(decimal amount) => vas.UpdateAsync(Put(amount));

    [When("I complete the payment with amount {decimal} while the provider's timeout passes")]
    public Task CompleteWhileTimeoutPasses(decimal amount) => vas.UpdateAsync(Put(amount), timeoutPasses: true);

    [Then("the payment status is {word}")]
    public void StatusIs(string status) => vas.Payment!["status"]!.GetValue<string>().Should().Be(status, vas.Payment.ToJsonString());

    [Then("extraInfo carries {}")]
    public void ExtraInfoCarries(string keys)
    {
        var extra = JsonNode.Parse(vas.Payment!["extraInfo"]!.GetValue<string>())!.AsObject();
        foreach (var key in keys.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Where(k => k != "and"))
        {
            extra.ContainsKey(key).Should().BeTrue($"extraInfo must carry {key}: {extra.ToJsonString()}");
            extra[key]!.GetValue<string>().Should().NotBeNullOrWhiteSpace($"extraInfo's {key} must have a value");
        }
    }

    [Then("the error description is {string}")]
    public void Description(string text) => api.Last!.Error["description"]!.GetValue<string>().Should().Be(text);

    [Given("the {word} simulator never answers {word} requests whose {word} is {string}")]
    public Task NeverAnswers(string upstream, string operation, string field, string value) => Behaviour(upstream, operation, field, value, processFirst: false);

    [Given("the {word} simulator processes {word} requests whose {word} is {string} but the answer never arrives")]
    public Task AnswerLost(string upstream, string operation, string field, string value) => Behaviour(upstream, operation, field, value, processFirst: true);

    private Task Behaviour(string upstream, string operation, string field, string value, bool processFirst) => vas.SetRulesAsync($$"""
        version: 1
        behaviours:
          - name: {{upstream}}-{{operation.ToLowerInvariant()}}-{{(processFirst ? "answer-lost" : "never-arrives")}}
            upstream: {{upstream}}
            when: { operation: {{operation}}, field: {{field}}, equals: "{{value}}" }
            then: { kind: Timeout{{(processFirst ? ", processFirst: true" : "")}} }
            count: 1
        """);

    private static string Put(decimal amount) =>
        $$"""{ "amount": {{amount.ToString(CultureInfo.InvariantCulture)}}, "walletId": 2536583, "landingUrl": "https://www.google.com/" }""";
}
