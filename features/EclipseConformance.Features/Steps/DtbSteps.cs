using System.Text.Json.Nodes;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>
/// Steps of features/vas/dtb-*.feature: the Kenya/Uganda tenants, DTB catalog lookups, PENDING payments and Fiorano's
/// later confirmation (the target's clock moved in poll-interval steps).
/// </summary>
[Binding]
public sealed class DtbSteps(EclipseApi api, VasDriver vas, ControlPlane control) : IDisposable
{
    private CallbackReceiver? _receiver;

    [Given("I am logged in as the API user of the {word} DTB tenant")]
    public Task LoggedIn(string country) => vas.LogInAsync(country switch
    {
        "Kenya" => "KES",
        "Uganda" => "UGX",
        _ => throw new ArgumentException($"No DTB tenant for {country}", nameof(country)),
    });

    [Given("a DTB customer wallet holding {decimal}")]
    public Task Wallet(decimal balance) => vas.OpenWalletAsync(balance);

    [Given("the channel listens for callbacks")]
    public void Receiver() => _receiver = new CallbackReceiver();

    [When("I ask for the VAS catalog with the bare query {string}")]
    public Task BareCatalog(string query) => api.RememberAsync(vas.Client.GetAsync($"tenants/{vas.TenantId}/vas/catalogs?{query}"));

    [When("I pay {string} for {decimal}")]
    public Task Pay(string paymentData, decimal amount) => PayAsync(paymentData, amount, null);

    [When("I pay {string} for {decimal} with a callbackUrl")]
    public Task PayWithCallback(string paymentData, decimal amount) => PayAsync(paymentData, amount, _receiver!.Url);

    [When("a rule makes DTB refuse to confirm the payment with {string} {string}")]
    public Task RefuseConfirmation(string code, string message)
    {
        var path = $"/{(vas.Currency == "KES" ? "dtbke" : "dtbug")}/vas/1.0/payments/Payment-{vas.PaymentId}";
        return vas.SetRulesAsync($$"""
            version: 1
            behaviours:
              - name: dtb-refuses-confirmation-{{vas.PaymentId}}
                upstream: fiorano
                when: { operation: PaymentStatus, path: "{{path}}" }
                then: { kind: BusinessError, errorCode: "{{code}}", errorMessage: "{{message}}" }
            """);
    }

    [Given("a rule makes DTB confirm after {int} seconds")]
    public Task ConfirmAfter(int seconds) => vas.SetRulesAsync($$"""
        version: 1
        simulators:
          fiorano:
            confirmationDelay: {{seconds}}s
        """);

    /// <summary>
    /// Moves the target's clock one second at a time (each move fires any timer the engine set before it, so its polls
    /// are never skipped by a single jump).
    /// </summary>
    [When("{int} seconds pass on the target's clock")]
    public async Task SecondsPass(int seconds)
    {
        for (var i = 0; i < seconds; i++)
        {
            await control.AdvanceClockAsync(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>
    /// Waits (real time, bounded) until the engine has recorded an answer from DTB after the POST (the payment's
    /// lastModified moved on), then checks the payment is still PENDING: DTB answered PENDING.
    /// </summary>
    [Then("DTB has been asked again and the payment is still PENDING")]
    public async Task StillPending()
    {
        var created = (await vas.ReadAsync())["created"]!.GetValue<string>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var payment = await vas.ReadAsync();
        while (payment["lastModified"]!.GetValue<string>() == created && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            payment = await vas.ReadAsync();
        }

        payment["lastModified"]!.GetValue<string>().Should().NotBe(created, "the engine asks DTB every 5 s");
        payment["status"]!.GetValue<string>().Should().Be("PENDING", payment.ToJsonString());
    }

    [When("Fiorano confirms the payment")]
    public async Task Confirms()
    {
        for (var i = 0; i < 20 && (await vas.ReadAsync())["status"]!.GetValue<string>() == "PENDING"; i++)
        {
            await Task.Delay(200);
            await control.AdvanceClockAsync(TimeSpan.FromSeconds(5));
        }
    }

    [Then("the catalog lists partner {long} {string} with the products {}")]
    public void CatalogLists(long partnerId, string name, string productIds)
    {
        var partner = Partner(partnerId, name);
        partner["products"]!.AsArray().Select(p => p!["productId"]!.GetValue<string>()).Should()
            .StartWith(productIds.Split(',', StringSplitOptions.TrimEntries));
    }

    [Then("the catalog answers partner {long} {string} with product {string} carrying:")]
    public void CatalogAnswers(long partnerId, string name, string productId, DataTable fields)
    {
        var product = Partner(partnerId, name)["products"]!.AsArray().Should().ContainSingle().Subject!;
        product["productId"]!.GetValue<string>().Should().Be(productId);
        var listed = product["additionalFields"]!.AsArray();
        foreach (var row in fields.Rows)
        {
            listed.Single(f => f!["id"]!.GetValue<string>() == row["id"])!["defaultValue"]!.GetValue<string>().Should().Be(row["defaultValue"]);
        }
    }

    [Then("the payment is PENDING with extraInfo carrying {}")]
    public void PendingWith(string keys)
    {
        vas.Payment!["status"]!.GetValue<string>().Should().Be("PENDING", vas.Payment.ToJsonString());
        var extraInfo = JsonNode.Parse(vas.Payment["extraInfo"]!.GetValue<string>())!.AsObject();
        extraInfo.Select(p => p.Key).Should().Contain(keys.Split(',', StringSplitOptions.TrimEntries));
    }

    [Then("extraInfo says {word} is {string}")]
    public void ExtraInfoSays(string key, string value) =>
        JsonNode.Parse(vas.Payment!["extraInfo"]!.GetValue<string>())![key]!.GetValue<string>().Should().Be(value);

    [Then("the payment ends {word}")]
    public void Ends(string status) => vas.Payment!["status"]!.GetValue<string>().Should().Be(status, vas.Payment.ToJsonString());

    [Then("the payment ends ERROR because {string}")]
    public void EndsError(string reason)
    {
        vas.Payment!["status"]!.GetValue<string>().Should().Be("ERROR", vas.Payment.ToJsonString());
        vas.Payment["errorDescription"]!.GetValue<string>().Should().Contain(reason);
    }

    [Then("the wallet has {decimal} available")]
    public async Task Available(decimal amount)
    {
        var wallet = await vas.Client.GetAsync($"tenants/{vas.TenantId}/wallets/{vas.WalletId}");
        wallet.Json!["availableBalance"]!.GetValue<decimal>().Should().Be(amount);
    }

    [Then("the channel receives the payment with status {word}")]
    public async Task Receives(string status)
    {
        var body = JsonNode.Parse(await _receiver!.FirstAsync(TimeSpan.FromSeconds(15)))!;
        body["paymentId"]!.GetValue<long>().Should().Be(vas.PaymentId);
        body["status"]!.GetValue<string>().Should().Be(status);
    }

    public void Dispose() => _receiver?.Dispose();

    private JsonNode Partner(long partnerId, string name)
    {
        api.Last!.Code.Should().Be(200, api.Last.Text);
        var partner = api.Last.Json!.AsArray().Should().ContainSingle().Subject!;
        partner["partnerId"]!.GetValue<long>().Should().Be(partnerId);
        partner["partnerName"]!.GetValue<string>().Should().Be(name);
        return partner;
    }

    private Task<TestKit.ApiResponse> PayAsync(string paymentData, decimal amount, string? callbackUrl) => vas.SendRawAsync(new JsonObject
    {
        ["externalUniqueId"] = Guid.NewGuid().ToString(),
        ["type"] = "GLOBAL_VAS",
        ["paymentData"] = paymentData,
        ["amount"] = amount,
        ["currency"] = vas.Currency,
        ["additionalFields"] = new JsonArray(),
        ["walletId"] = vas.WalletId,
        ["callbackUrl"] = callbackUrl,
        ["customFraudChecks"] = false,
    }.ToJsonString());
}
