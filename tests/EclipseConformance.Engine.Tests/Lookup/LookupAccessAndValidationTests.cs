namespace EclipseConformance.Engine.Tests.Lookup;

public class LookupAccessAndValidationTests(LookupFixture engine) : IClassFixture<LookupFixture>
{
    private (string, string)[] KnownPair => [("lastName", engine.Known.LastName), ("phone", engine.Known.Phone)];

    [Fact]
    public async Task A_tenant_user_is_refused_with_SEC001_in_the_envelope()
    {
        using var tenant = await engine.LoginTenantAsync();

        var response = await tenant.LookupAsync(KnownPair);

        response.Code.Should().Be(403);
        response.IsEnvelope().Should().BeTrue(response.Text);
        response.ErrorCode.Should().Be("SEC001");
    }

    [Fact]
    public async Task A_customer_is_refused_and_learns_nothing_from_validation()
    {
        var me = engine.Seed.SampleCustomers.First(c => c.Identity is not null);
        using var customer = await engine.LoginAsync(me.Identity!, me.Password!);

        var response = await customer.LookupAsync(("lastName", new string('x', 80)));

        response.Code.Should().Be(403, "the role is checked before the query is read");
        response.ErrorCode.Should().Be("SEC001");
    }

    [Fact]
    public async Task An_anonymous_caller_is_refused_with_401()
    {
        using var anonymous = engine.Anonymous();

        var response = await anonymous.LookupAsync(KnownPair);

        response.Code.Should().Be(401);
        response.ErrorCode.Should().Be("SEC001");
    }

    [Fact]
    public async Task The_global_integrator_and_the_global_admin_may_search()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        using var admin = await engine.LoginAdminAsync();

        (await integrator.RecordsAsync(KnownPair)).WalletIds().Should().Equal(engine.Known.WalletId);
        (await admin.RecordsAsync(KnownPair)).WalletIds().Should().Equal(engine.Known.WalletId);
    }

    [Theory]
    [InlineData("lastName", 51)]
    [InlineData("nationalIdentityNumber", 21)]
    [InlineData("passportNumber", 21)]
    [InlineData("walletFriendlyId", 7)]
    [InlineData("walletFriendlyId", 9)]
    [InlineData("accountNumber", 51)]
    [InlineData("externalUniqueId", 201)]
    public async Task A_value_beyond_its_documented_length_is_VAL001_naming_the_field(string field, int length)
    {
        using var integrator = await engine.LoginIntegratorAsync();

        var response = await integrator.LookupAsync((field, new string('A', length)), ("phone", engine.Known.Phone));

        response.Code.Should().Be(400);
        response.IsEnvelope().Should().BeTrue();
        response.ErrorCode.Should().Be("VAL001");
        response.Error["description"]!.GetValue<string>().Should().Contain(field);
    }

    [Theory]
    [InlineData("lastName", 50)]
    [InlineData("nationalIdentityNumber", 20)]
    [InlineData("passportNumber", 20)]
    [InlineData("walletFriendlyId", 8)]
    public async Task A_value_at_its_limit_is_accepted(string field, int length)
    {
        using var integrator = await engine.LoginIntegratorAsync();

        (await integrator.RecordsAsync((field, new string('B', length)), ("phone", engine.Known.Phone))).Should().BeEmpty();
    }

    [Theory]
    [InlineData("phone", "08312x9876")]
    [InlineData("phone", "12345")]
    [InlineData("walletId", "abc")]
    [InlineData("walletId", "-5")]
    [InlineData("transferable", "maybe")]
    [InlineData("walletFriendlyId", "LKUP-234")]
    public async Task A_malformed_value_is_VAL001(string field, string value)
    {
        using var integrator = await engine.LoginIntegratorAsync();

        var response = await integrator.LookupAsync((field, value), ("lastName", engine.Known.LastName));

        response.Code.Should().Be(400, response.Text);
        response.ErrorCode.Should().Be("VAL001");
    }

    [Fact]
    public async Task A_criterion_given_twice_is_VAL001()
    {
        using var integrator = await engine.LoginIntegratorAsync();

        var response = await integrator.LookupAsync(("lastName", engine.Known.LastName), ("lastName", engine.Other.LastName), ("phone", engine.Known.Phone));

        response.Code.Should().Be(400);
        response.Error["description"]!.GetValue<string>().Should().Contain("lastName may be given once");
    }

    [Fact]
    public async Task Transferable_is_a_filter_not_a_criterion()
    {
        using var integrator = await engine.LoginIntegratorAsync();

        (await integrator.RecordsAsync(("lastName", engine.Known.LastName), ("transferable", "true"))).Should().BeEmpty("one criterion plus a filter is still one criterion");
        (await integrator.RecordsAsync([.. KnownPair, ("transferable", "true")])).WalletIds().Should().Equal(engine.Known.WalletId);
        (await integrator.RecordsAsync([.. KnownPair, ("transferable", "false")])).WalletIds().Should().Equal(engine.Known.WalletId);
    }
}
