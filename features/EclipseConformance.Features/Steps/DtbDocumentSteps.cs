using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>
/// Steps of the DTB scenario outlines whose Examples are the VAS document's example requests: the catalog lookup as
/// printed (bare or <c>catalogQuery=</c>), the shape of the product it answers (field names in order, values as text),
/// and the document's payment bodies with the dtb* keys and value types of the documented responses.
/// </summary>
[Binding]
public sealed class DtbDocumentSteps(EclipseApi api, VasDriver vas)
{
    [When("I ask for the VAS catalog with the document's query {string}")]
    public Task DocumentQuery(string query) => api.RememberAsync(vas.Client.GetAsync($"tenants/{vas.TenantId}/vas/catalogs?{query}"));

    [Then("the catalog answers partner {long} {string} with one product {string} named {string}")]
    public void OneProduct(long partnerId, string partnerName, string productId, string productName)
    {
        api.Last!.Code.Should().Be(200, api.Last.Text);
        var partner = api.Last.Json!.AsArray().Should().ContainSingle().Subject!;
        partner["partnerId"]!.GetValue<long>().Should().Be(partnerId);
        partner["partnerName"]!.GetValue<string>().Should().Be(partnerName);
        partner["providerId"]!.GetValue<long>().Should().Be(partnerId);
        var product = Product();
        product["partnerId"]!.GetValue<long>().Should().Be(partnerId);
        product["productId"]!.GetValue<string>().Should().Be(productId);
        product["productName"]!.GetValue<string>().Should().Be(productName);
        product["pinnedProduct"]!.GetValue<bool>().Should().BeFalse();
    }

    [Then("its additionalFields are, in order: {}")]
    public void FieldsAre(string ids) => FieldIds().Should().Equal(List(ids), api.Last!.Text);

    [Then("its additionalFields start with: {}")]
    public void FieldsStartWith(string ids) => FieldIds().Should().StartWith(List(ids), api.Last!.Text);

    [Then("its {word} is the whole amount {decimal}, written as text")]
    public void WholeAmount(string id, decimal amount)
    {
        var value = DefaultValue(id);
        value.Should().MatchRegex("^-?[0-9]+$", "{0} is a whole number of the currency's units, as text", id);
        decimal.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).Should().Be(amount);
    }

    [Then("its {word} is {string}")]
    public void FieldIs(string id, string value) => DefaultValue(id).Should().Be(value);

    [Then("its last field asks for the msisdn as a {word} {string} matching {string}")]
    public void AsksForMsisdn(string type, string title, string regex)
    {
        var field = Product()["additionalFields"]!.AsArray().Last()!.AsObject();
        field.Select(p => p.Key).Should().Equal("id", "title", "type", "regex");
        field["id"]!.GetValue<string>().Should().Be("msisdn");
        field["title"]!.GetValue<string>().Should().Be(title);
        field["type"]!.GetValue<string>().Should().Be(type);
        field["regex"]!.GetValue<string>().Should().Be(regex);
    }

    /// <summary>
    /// The document's request: GLOBAL_VAS, the row's paymentData, amount and description, the scenario's wallet and
    /// currency, the description when the row has one, and the destination* additional fields the row fills in (none when all are empty, as in Kenya's examples).
    /// </summary>
    [When("I send the document's DTB payment request:")]
    public Task SendDocumentRequest(DataTable request)
    {
        var row = request.Rows.Should().ContainSingle().Subject;
        var fields = new JsonArray();
        foreach (var id in new[] { "destinationBranchCode", "destinationName", "destinationType", "destinationPhone" })
        {
            if (row.TryGetValue(id, out var value) && value.Length > 0)
                fields.Add(new JsonObject { ["id"] = id, ["value"] = value });
        }

        var body = new JsonObject
        {
            ["externalUniqueId"] = Guid.NewGuid().ToString(),
            ["type"] = "GLOBAL_VAS",
            ["paymentData"] = row["paymentData"],
            ["amount"] = decimal.Parse(row["amount"], CultureInfo.InvariantCulture),
            ["currency"] = vas.Currency,
            ["additionalFields"] = fields,
            ["walletId"] = vas.WalletId,
            ["customFraudChecks"] = false,
        };
        if (row.TryGetValue("description", out var description) && description.Length > 0)
            body["description"] = description;
        return vas.SendRawAsync(body.ToJsonString());
    }

    [Then("the payment is PENDING for {decimal} {word} with paymentReference {string}")]
    public void PendingFor(decimal amount, string currency, string reference)
    {
        api.Last!.Code.Should().Be(200, api.Last.Text);
        var payment = vas.Payment!;
        payment["status"]!.GetValue<string>().Should().Be("PENDING", payment.ToJsonString());
        payment["amount"]!.GetValue<decimal>().Should().Be(amount);
        payment["currency"]!.GetValue<string>().Should().Be(currency);
        payment["paymentReference"]!.GetValue<string>().Should().Be(reference);
        payment["paymentType"]!.GetValueKind().Should().Be(JsonValueKind.String, "the examples print EFT; the simulator keeps WALLET (ADR 0032)");
        payment["walletId"]!.GetValue<long>().Should().Be(vas.WalletId);
        payment["customerId"]!.GetValue<long>().Should().Be(vas.CustomerId);
    }

    [Then("extraInfo carries, in the document's order, {}")]
    public void ExtraInfoInOrder(string keys)
    {
        var documented = List(keys);
        ExtraInfo().Select(p => p.Key).Where(documented.Contains).Should().Equal(documented, ExtraInfo().ToJsonString());
    }

    [Then("extraInfo's dtbCallingCustomerId is the paying customer's id as a number and every other dtb* value is text")]
    public void ExtraInfoTypes()
    {
        var extraInfo = ExtraInfo();
        extraInfo["dtbCallingCustomerId"]!.GetValueKind().Should().Be(JsonValueKind.Number);
        extraInfo["dtbCallingCustomerId"]!.GetValue<long>().Should().Be(vas.CustomerId);
        foreach (var (key, value) in extraInfo.Where(p => p.Key != "dtbCallingCustomerId"))
        {
            key.Should().StartWith("dtb");
            value!.GetValueKind().Should().Be(JsonValueKind.String, key);
        }
    }

    private JsonObject Product() => api.Last!.Json![0]!["products"]!.AsArray().Should().ContainSingle().Subject!.AsObject();

    private List<string> FieldIds() => [.. Product()["additionalFields"]!.AsArray().Select(f => f!["id"]!.GetValue<string>())];

    private string DefaultValue(string id)
    {
        var field = Product()["additionalFields"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == id)!;
        field["defaultValue"]!.GetValueKind().Should().Be(JsonValueKind.String, "the document writes every account detail as text ({0})", id);
        return field["defaultValue"]!.GetValue<string>();
    }

    private JsonObject ExtraInfo() => JsonNode.Parse(vas.Payment!["extraInfo"]!.GetValue<string>())!.AsObject();

    private static List<string> List(string items) => [.. items.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
