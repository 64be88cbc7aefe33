using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>The global wallet lookup, <c>GET /global/wallets</c>.</summary>
[Binding]
public sealed class LookupSteps(EclipseApi api, ControlPlane control, LookupContext lookup)
{
    private RegisteredCustomer Customer => lookup.Customer ?? throw new InvalidOperationException("No customer registered in this scenario");

    [Given("a customer who registered at a tenant with a wallet")]
    public async Task CustomerRegistered() =>
        lookup.Customer = await Registrations.RegisterAsync(api, "Lindiwe", "Spec" + Guid.NewGuid().ToString("N")[..10]);

    [Given("{string} with the phone {string}, the national id {string} and the passport {string} registered at a tenant with a wallet")]
    public async Task NamedRegistered(string name, string phone, string nationalId, string passport)
    {
        var parts = name.Split(' ', 2);
        lookup.Name(name, await Registrations.RegisterAsync(api, parts[0], parts[1], phone, nationalId, passport));
    }

    [When("{string} with the phone {string} registers at a tenant with a wallet")]
    public async Task NamedRegisters(string name, string phone)
    {
        var parts = name.Split(' ', 2);
        lookup.Name(name, await Registrations.RegisterAsync(api, parts[0], parts[1], phone));
    }

    [When("I look up wallets by the customer's {word} and {word}")]
    public Task ByTwo(string first, string second) => LookUpAsync((first, Customer.Criterion(first)), (second, Customer.Criterion(second)));

    [When("I look up wallets by the customer's {word} only")]
    public Task ByOne(string criterion) => LookUpAsync((criterion, Customer.Criterion(criterion)));

    [When("I look up wallets by the customer's lastName, another phone and another nationalIdentityNumber")]
    public Task ByThreeOneMatching() =>
        LookUpAsync(("lastName", Customer.LastName), ("phone", "0839990000"), ("nationalIdentityNumber", "0000000000000"));

    [When("I look up wallets by the customer's lastName and the customer's phone written without the country code")]
    public Task ByNationalPhone() => LookUpAsync(("lastName", Customer.LastName), ("phone", "0" + Customer.Phone[2..]));

    [When("I look up wallets by the customer's lastName and phone {int} times")]
    public async Task Repeatedly(int times)
    {
        for (var i = 0; i < times; i++)
        {
            await LookUpAsync(("lastName", Customer.LastName), ("phone", Customer.Phone));
        }
    }

    [When("I look up wallets by the lastName {string} and the phone {string}")]
    public Task ByNameAndPhone(string lastName, string phone) => LookUpAsync(("lastName", lastName), ("phone", phone));

    [When("I look up wallets by the phone {string} and the passport {string}")]
    public Task ByPhoneAndPassport(string phone, string passport) => LookUpAsync(("phone", phone), ("passportNumber", passport));

    [When("I look up wallets by the seeded family's surname and phone")]
    public Task ByFamily() => LookUpAsync(("lastName", api.Seed.CapFamily.LastName), ("phone", api.Seed.CapFamily.Phone));

    [When("the tenant API user looks up wallets by the customer's lastName and phone")]
    public async Task AsTenantUser()
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        await api.RememberAsync(client.GetAsync(Path(("lastName", Customer.LastName), ("phone", Customer.Phone))));
    }

    [Then("the lookup returns exactly the customer's wallet")]
    public void ExactlyTheCustomers() => WalletIds().Should().Equal(Customer.WalletId);

    [Then("the lookup returns exactly the wallet of {string}")]
    public void ExactlyTheWalletOf(string name) => WalletIds().Should().Equal(lookup.Named(name).WalletId);

    [Then("the lookup returns no records")]
    public void NoRecords() => WalletIds().Should().BeEmpty();

    [Then("the lookup returns {int} records")]
    public void Count(int count) => WalletIds().Should().HaveCount(count);

    [Then("the records are in walletId order")]
    public void InOrder() => WalletIds().Should().BeInAscendingOrder();

    [Then("the same lookup again returns the same records in the same order")]
    public async Task SameAgain()
    {
        var before = WalletIds();
        await LookUpAsync(lookup.LastQuery);
        WalletIds().Should().Equal(before);
    }

    [Then("the record of {string} shows:")]
    public void RecordShows(string name, DataTable table)
    {
        var record = Record(lookup.Named(name).WalletId);
        foreach (var row in table.Rows)
        {
            record[row["field"]]!.GetValue<string>().Should().Be(row["value"], row["field"]);
        }
    }

    [Then("the record names the wallet's tenant, currency, status and whether it accepts payments from other tenants")]
    public void RecordNamesTheWallet()
    {
        var record = api.Last!.Json!.AsArray()[0]!.AsObject();
        record["tenantId"]!.GetValue<long>().Should().Be(api.TenantOf(Role.TenantApiUser));
        record["tenantName"]!.GetValue<string>().Should().Be(api.Seed.Tenants[0].Name);
        record["currency"]!.GetValue<string>().Should().Be(api.Seed.Tenants[0].Currency);
        record["status"]!.GetValue<string>().Should().Be("ACTIVE");
        record["transferable"]!.GetValue<bool>().Should().BeTrue();
    }

    [Then("no record contains {string}, {string}, {string}, {string} or {string}")]
    public void NoRecordContains(string a, string b, string c, string d, string e)
    {
        var text = api.Last!.Text;
        foreach (var secret in new[] { a, b, c, d, e })
        {
            text.Should().NotContain(secret);
        }
    }

    [Given("the lookup rate limit is {int} lookups per minute")]
    public async Task LookupLimit(int permits)
    {
        lookup.RulesChanged = true;
        await control.ReplaceRuntimeRulesAsync(
            $$"""{ "version": 1, "policies": { "rateLimits": { "enabled": true, "lookup": { "permits": {{permits}}, "window": "1m" } } } }""");
    }

    [Then("each lookup said how many lookups remain: {}")]
    public void RemainingWere(string remaining)
    {
        var expected = remaining.Split(',', StringSplitOptions.TrimEntries);
        lookup.Lookups.Should().HaveCount(expected.Length);
        lookup.Lookups.Select(r => r.Headers.GetValueOrDefault("RateLimit-Remaining")).Should().Equal(expected);
    }

    [AfterScenario]
    public async Task RestoreRules()
    {
        if (lookup.RulesChanged)
        {
            await control.RemoveRuntimeRulesAsync();
        }
    }

    private async Task LookUpAsync(params (string Name, string Value)[] criteria)
    {
        lookup.LastQuery = criteria;
        var client = await api.AsAsync(Role.GlobalIntegrator);
        lookup.Lookups.Add(await api.RememberAsync(client.GetAsync(Path(criteria))));
    }

    private static string Path(params (string Name, string Value)[] criteria) =>
        "global/wallets?" + string.Join("&", criteria.Select(c => $"{c.Name}={Uri.EscapeDataString(c.Value)}"));

    private long[] WalletIds() => lookup.Records(api.Last!).Select(r => r!["walletId"]!.GetValue<long>()).ToArray();

    private System.Text.Json.Nodes.JsonObject Record(long walletId) =>
        lookup.Records(api.Last!).Single(r => r!["walletId"]!.GetValue<long>() == walletId)!.AsObject();
}
