using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Customers;

public class CustomersApiTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private long TenantId => engine.Seed.Tenants[0].TenantId;

    [Fact]
    public async Task A_customer_is_created_read_and_given_a_wallet_that_starts_empty()
    {
        using var client = await engine.LoginTenantAsync();
        var created = await client.PostAsync($"tenants/{TenantId}/customers", new
        {
            externalUniqueId = "cust-" + Guid.NewGuid().ToString("N"),
            firstName = "Sipho",
            lastName = "Ndlovu",
            phone1 = "0831234567",
            nationalIdentityNumber = "8001015009087",
            dateOfBirth = "1980-01-01",
        });
        created.Code.Should().Be(201, created.Text);
        var customerId = created.Json!["customerId"]!.GetValue<long>();
        created.Json["phone1"]!.GetValue<string>().Should().Be("27831234567");
        created.Json["dateOfBirth"]!.GetValue<string>().Should().Be("19800101");
        created.Json["status"]!.GetValue<string>().Should().Be("ACTIVE");

        (await client.GetAsync($"tenants/{TenantId}/customers/{customerId}")).Json!["lastName"]!.GetValue<string>().Should().Be("Ndlovu");

        var wallet = await client.PostAsync($"tenants/{TenantId}/customers/{customerId}/wallets", new { name = "Savings" });
        wallet.Code.Should().Be(201, wallet.Text);
        wallet.Json!["currentBalance"]!.GetValue<decimal>().Should().Be(0m);
        wallet.Json["availableBalance"]!.GetValue<decimal>().Should().Be(0m);
        wallet.Json["currency"]!.GetValue<string>().Should().Be("ZAR");
        wallet.Json["friendlyId"]!.GetValue<string>().Should().HaveLength(8);
        (await client.GetAsync($"tenants/{TenantId}/customers/{customerId}/wallets")).OkArray().Should().HaveCount(1);
    }

    [Fact]
    public async Task A_duplicate_externalUniqueId_is_a_conflict_and_creates_nothing()
    {
        using var client = await engine.LoginTenantAsync();
        var body = new { externalUniqueId = "dup-" + Guid.NewGuid().ToString("N"), firstName = "Ann", lastName = "Nel" };
        (await client.PostAsync($"tenants/{TenantId}/customers", body)).Code.Should().Be(201);
        var again = await client.PostAsync($"tenants/{TenantId}/customers", body);
        again.Code.Should().Be(409);
        again.ErrorCode.Should().Be("IAE002");
        (await client.GetAsync($"tenants/{TenantId}/customers?externalUniqueId={body.externalUniqueId}")).OkArray().Should().HaveCount(1);
    }

    [Theory]
    [InlineData("""{"firstName":"Ann","lastName":"Nel"}""", "externalUniqueId is required")]
    [InlineData("""{"externalUniqueId":"abc","firstName":"Ann","lastName":"Nel"}""", "externalUniqueId must be 6-100")]
    [InlineData("""{"externalUniqueId":"abcdefg","firstName":"A","lastName":"Nel"}""", "firstName must be 2-50")]
    [InlineData("""{"externalUniqueId":"abcdefg","firstName":"Ann","lastName":"Nel","phone1":"12"}""", "phone1 is not a valid ZA phone")]
    [InlineData("""{"externalUniqueId":"abcdefg","firstName":"Ann","lastName":"Nel","dateOfBirth":"15/03/1990"}""", "dateOfBirth")]
    public async Task Constraint_violations_are_VAL001_and_name_the_field(string body, string expected)
    {
        using var client = await engine.LoginTenantAsync();
        var response = await client.SendRawAsync(HttpMethod.Post, $"tenants/{TenantId}/customers", body);
        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("VAL001");
        response.Error["description"]!.GetValue<string>().Should().Contain(expected);
    }

    [Fact]
    public async Task Customers_and_their_wallets_can_log_in_with_a_created_identity()
    {
        using var client = await engine.LoginTenantAsync();
        var customer = engine.Seed.SampleCustomers.First(c => c.TenantId == TenantId && c.Identity is null);
        var identity = "id-" + Guid.NewGuid().ToString("N")[..10];
        var created = await client.PostAsync($"tenants/{TenantId}/customers/{customer.CustomerId}/identities", new { identity, password = "Secret-123!" });
        created.Code.Should().Be(201, created.Text);
        using var self = await engine.LoginAsync(identity, "Secret-123!");
        self.LastLogin!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("customer");
        (await client.PostAsync($"tenants/{TenantId}/customers/{customer.CustomerId}/identities", new { identity, password = "Secret-123!" })).Code.Should().Be(409);
    }

    [Fact]
    public async Task Integrators_have_no_customers()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        var response = await integrator.PostAsync($"tenants/{engine.Seed.GlobalIntegrator.TenantId}/customers", new { externalUniqueId = "abcdefgh", firstName = "Ann", lastName = "Nel" });
        response.Code.Should().Be(403);
    }
}
