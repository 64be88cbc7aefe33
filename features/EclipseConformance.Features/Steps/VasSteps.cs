using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>Steps of features/vas: catalog, FrontierWeb purchases, polling, provider faults, callbacks.</summary>
[Binding]
public sealed class VasSteps(EclipseApi api, VasDriver vas) : IDisposable
{
    private CallbackReceiver? _receiver;

    [Given("I am logged in as the API user of the Botswana tenant")]
    public Task LoggedIn() => vas.LogInAsync();

    [Given("a Botswana customer wallet holding {decimal}")]
    public Task Wallet(decimal balance) => vas.OpenWalletAsync(balance);

    [When("I ask for the VAS catalog with catalogQuery {string}")]
    public Task Catalog(string query) => api.RememberAsync(vas.Client.GetAsync($"tenants/{vas.TenantId}/vas/catalogs?catalogQuery={Uri.EscapeDataString(query)}"));

    [Then("the catalog has partner {long} {string} with {int} products, among them:")]
    public void CatalogHas(long partnerId, string name, int count, DataTable products)
    {
        api.Last!.Code.Should().Be(200, api.Last.Text);
        var partner = api.Last.Json!.AsArray().Should().ContainSingle().Subject!;
        partner["partnerId"]!.GetValue<long>().Should().Be(partnerId);
        partner["partnerName"]!.GetValue<string>().Should().Be(name);
        var listed = partner["products"]!.AsArray();
        listed.Should().HaveCount(count);
        foreach (var row in products.Rows)
        {
            var product = listed.Single(p => p!["productId"]!.GetValue<string>() == row["productId"]);
            product!["productName"]!.GetValue<string>().Should().Be(row["productName"]);
            product["fixedPriceIncl"]!.GetValue<decimal>().Should().Be(decimal.Parse(row["fixedPriceIncl"], CultureInfo.InvariantCulture));
        }
    }

    [When("I send this payment request:")]
    public Task SendThis(DocString body) => vas.SendAsync(body.Content);

    [When("I send the document's {} request")]
    public Task SendDocument(string useCase) => vas.SendAsync(VasDocumentRequests.For(useCase));

    [When("I send the document's utility token request for meter {string}")]
    public Task SendForMeter(string meter) => vas.SendAsync(VasDocumentRequests.For("utility token"), ("21500123456", meter));

    [When("I send the document's utility token request with the receiver as callbackUrl")]
    public Task SendWithCallback() =>
        vas.SendAsync(VasDocumentRequests.For("utility token"), ("\"type\": \"GLOBAL_VAS\",", $"\"type\": \"GLOBAL_VAS\", \"callbackUrl\": \"{_receiver!.Url}\","));

    [When("I send the same payment request again")]
    public Task SendAgain() => vas.SendRawAsync(vas.LastBody!);

    [When("I read the payment")]
    public Task Read() => vas.ReadAsync();

    [When("I poll the payment until it is final")]
    public Task Poll() => vas.PollUntilFinalAsync(TimeSpan.FromSeconds(30));

    [When("the provider's timeout passes until the payment is final")]
    public Task TimeoutPasses() => vas.AdvanceUntilFinalAsync();

    [Then("the payment is SUCCESSFUL without extraInfo")]
    public void SuccessfulWithoutExtraInfo()
    {
        vas.Payment!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", vas.Payment.ToJsonString());
        vas.Payment.ContainsKey("extraInfo").Should().BeFalse("extraInfo only appears once the provider confirmed");
        VasDriver.IsFinal(vas.Payment).Should().BeFalse("SUCCESSFUL without extraInfo is not final");
    }

    [Then("its amount is {decimal}, its fee {decimal} and its paymentReference {string}")]
    public void AmountFeeReference(decimal amount, decimal fee, string reference)
    {
        vas.Payment!["amount"]!.GetValue<decimal>().Should().Be(amount);
        vas.Payment["fee"]!.GetValue<decimal>().Should().Be(fee);
        vas.Payment["paymentReference"]!.GetValue<string>().Should().Be(reference);
        vas.Payment["gatewayTransactionId"]!.GetValue<string>().Should().Be($"Payment-{vas.PaymentId}");
    }

    [Then("the payment is SUCCESSFUL with extraInfo carrying thirdPartyResponse.{word}")]
    public void SuccessfulWith(string slot)
    {
        vas.Payment!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", vas.Payment.ToJsonString());
        var phases = JsonNode.Parse(vas.Payment["extraInfo"]!.GetValue<string>())!.AsArray();
        phases.Select(p => JsonNode.Parse(p!["val"]!.GetValue<string>())!["thirdPartyResponse"]![slot]).OfType<JsonObject>()
            .Should().ContainSingle($"one phase of extraInfo carries {slot}");
    }

    [Then("the payment is FAILED with an errorDescription")]
    public void Failed()
    {
        vas.Payment!["status"]!.GetValue<string>().Should().Be("FAILED", vas.Payment.ToJsonString());
        vas.Payment["errorDescription"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        vas.Payment.ContainsKey("extraInfo").Should().BeFalse();
    }

    [Then("the wallet holds {decimal}")]
    public async Task Holds(decimal balance) => (await vas.BalanceAsync()).Should().Be(balance);

    [Given("FrontierWeb vends for meter {string} but its answer never arrives")]
    public Task AnswerLost(string meter) => vas.SetRulesAsync($$"""
        version: 1
        behaviours:
          - name: vend-answer-lost
            upstream: frontierweb
            when: { operation: Vend, field: meterNumber, equals: "{{meter}}" }
            then: { kind: Timeout, processFirst: true }
            count: 1
        """);

    [Given("FrontierWeb never answers vends for meter {string}")]
    public Task NeverAnswers(string meter) => vas.SetRulesAsync($$"""
        version: 1
        behaviours:
          - name: vend-never-arrives
            upstream: frontierweb
            when: { operation: Vend, field: meterNumber, equals: "{{meter}}" }
            then: { kind: Timeout }
            count: 1
        """);

    [Given("a callback receiver of the channel")]
    public void Receiver() => _receiver = new CallbackReceiver();

    [Then("the receiver gets the payment with status SUCCESSFUL and the same extraInfo")]
    public async Task ReceiverGets()
    {
        var body = JsonNode.Parse(await _receiver!.FirstAsync(TimeSpan.FromSeconds(15)))!;
        body["paymentId"]!.GetValue<long>().Should().Be(vas.PaymentId);
        body["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        body["extraInfo"]!.GetValue<string>().Should().Be(vas.Payment!["extraInfo"]!.GetValue<string>());
    }

    public void Dispose() => _receiver?.Dispose();
}
