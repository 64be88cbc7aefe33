namespace EclipseConformance.Engine.Tests.Lookup;

public class LookupMatchingTests(LookupFixture engine) : IClassFixture<LookupFixture>
{
    public static readonly string[] CriteriaNames =
        ["lastName", "phone", "nationalIdentityNumber", "passportNumber", "walletFriendlyId", "accountNumber", "externalUniqueId", "walletId"];

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        for (var i = 0; i < CriteriaNames.Length; i++)
        {
            for (var j = i + 1; j < CriteriaNames.Length; j++)
            {
                data.Add(CriteriaNames[i], CriteriaNames[j]);
            }
        }

        return data;
    }

    public static TheoryData<string> Singles() => new(CriteriaNames);

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Any_two_matching_criteria_find_exactly_the_customers_wallet(string first, string second)
    {
        using var integrator = await engine.LoginIntegratorAsync();
        var known = engine.Known.Criteria;

        var records = await integrator.RecordsAsync((first, known[first]), (second, known[second]));

        records.WalletIds().Should().Equal(engine.Known.WalletId);
        records[0]!["tenantId"]!.GetValue<long>().Should().Be(engine.Known.TenantId);
    }

    [Theory]
    [MemberData(nameof(Singles))]
    public async Task One_criterion_alone_returns_nothing_even_when_it_matches(string criterion)
    {
        using var integrator = await engine.LoginIntegratorAsync();

        (await integrator.RecordsAsync((criterion, engine.Known.Criteria[criterion]))).Should().BeEmpty();
    }

    [Fact]
    public async Task Three_criteria_of_which_only_one_matches_return_nothing()
    {
        using var integrator = await engine.LoginIntegratorAsync();

        var records = await integrator.RecordsAsync(
            ("lastName", engine.Known.LastName), ("phone", "0839990000"), ("nationalIdentityNumber", "0000000000000"));

        records.Should().BeEmpty();
    }

    [Fact]
    public async Task Criteria_are_counted_per_wallet_so_two_people_matching_one_each_are_not_found()
    {
        using var integrator = await engine.LoginIntegratorAsync();

        // The known customer's surname and the other customer's phone: the request has two matches, no wallet has two.
        (await integrator.RecordsAsync(("lastName", engine.Known.LastName), ("phone", engine.Other.Phone))).Should().BeEmpty();
        (await integrator.RecordsAsync(("walletId", engine.Known.WalletId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("walletFriendlyId", engine.Other.FriendlyId)))
            .Should().BeEmpty();
    }

    [Theory]
    [InlineData("27831239876")]
    [InlineData("0831239876")]
    [InlineData("+27831239876")]
    [InlineData("831239876")]
    public async Task A_phone_matches_with_or_without_the_country_code(string phone)
    {
        using var integrator = await engine.LoginIntegratorAsync();

        (await integrator.RecordsAsync(("phone", phone), ("lastName", engine.Known.LastName))).WalletIds().Should().Equal(engine.Known.WalletId);
    }

    [Fact]
    public async Task A_phone_with_another_country_code_does_not_match()
    {
        using var integrator = await engine.LoginIntegratorAsync();

        (await integrator.RecordsAsync(("phone", "254831239876"), ("lastName", engine.Known.LastName))).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Cloëte")]
    [InlineData("cloete")]
    [InlineData("CLOETE")]
    [InlineData("  Cloëte ")]
    public async Task A_surname_matches_ignoring_case_and_accents(string lastName)
    {
        using var integrator = await engine.LoginIntegratorAsync();

        (await integrator.RecordsAsync(("lastName", lastName), ("phone", engine.Known.Phone))).WalletIds().Should().Equal(engine.Known.WalletId);
    }

    [Fact]
    public async Task Identity_numbers_and_friendly_ids_match_in_capitals_when_typed_in_lower_case()
    {
        using var integrator = await engine.LoginIntegratorAsync();

        (await integrator.RecordsAsync(("passportNumber", engine.Known.Passport.ToLowerInvariant()), ("walletFriendlyId", engine.Known.FriendlyId.ToLowerInvariant())))
            .WalletIds().Should().Equal(engine.Known.WalletId);
    }

    [Fact]
    public async Task A_customer_who_registers_later_is_found_once_registered()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        (await integrator.RecordsAsync(("lastName", "Vilakazi"), ("phone", "0827771234"))).Should().BeEmpty();

        var late = await engine.RegisterAsync(engine.Seed.Tenants[1].TenantId, "Thandeka", "Vilakazi", "0827771234", "9202025123084", "Z55667788", "LATE2345", null);

        (await integrator.RecordsAsync(("lastName", "vilakazi"), ("phone", "27827771234"))).WalletIds().Should().Equal(late.WalletId);
    }

    [Fact]
    public async Task A_person_registered_at_two_tenants_is_found_in_both_with_each_tenant_named()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        var family = engine.Seed.CapFamily;
        var member = engine.Seed.SampleCustomers.First(c => c.LastName == family.LastName && c.Phone == family.Phone);

        var records = await integrator.RecordsAsync(("nationalIdentityNumber", member.NationalIdentityNumber), ("passportNumber", member.PassportNumber));

        records.Select(r => r!["tenantId"]!.GetValue<long>()).Should().BeEquivalentTo([1001L, 1002L]);
        records.Select(r => r!["tenantName"]!.GetValue<string>()).Should().BeEquivalentTo(
            engine.Seed.Tenants.Where(t => t.TenantId is 1001 or 1002).Select(t => t.Name));
    }

    [Fact]
    public async Task Only_customer_wallets_are_found_never_tenant_or_integrator_system_wallets()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        using var admin = await engine.LoginAdminAsync();
        foreach (var (tenantId, walletId) in new[] { (engine.Seed.Tenants[0].TenantId, engine.Seed.Tenants[0].WalletIds[0]), (engine.Seed.GlobalIntegrator.TenantId, engine.Seed.GlobalIntegrator.WalletId) })
        {
            var friendlyId = (await admin.GetAsync($"tenants/{tenantId}/wallets/{walletId}")).Json!["friendlyId"]!.GetValue<string>();

            (await integrator.RecordsAsync(("walletId", walletId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("walletFriendlyId", friendlyId)))
                .Should().BeEmpty("wallet {0} matches two criteria but belongs to no customer", walletId);
        }
    }
}
