using EclipseConformance.Engine.Tests.Rules;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Lookup;

public class LookupCapAndOrderTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task The_seeded_family_matching_on_surname_and_phone_is_capped_at_100_records()
    {
        var family = engine.Seed.CapFamily;
        family.WalletCount.Should().BeGreaterThan(100, "the demo world seeds a household larger than the cap");
        using var integrator = await engine.LoginIntegratorAsync();

        var records = await integrator.RecordsAsync(("lastName", family.LastName), ("phone", family.Phone));

        records.Should().HaveCount(100);
        records.WalletIds().Should().OnlyHaveUniqueItems().And.BeInAscendingOrder("records matching equally many criteria are in walletId order");
    }

    [Fact]
    public async Task A_common_surname_alone_or_with_a_phone_prefix_finds_nothing()
    {
        var family = engine.Seed.CapFamily;
        using var integrator = await engine.LoginIntegratorAsync();

        (await integrator.RecordsAsync(("lastName", family.LastName))).Should().BeEmpty();
        var prefix = await integrator.LookupAsync(("lastName", family.LastName), ("phone", family.Phone[..7]));
        prefix.Code.Should().Be(400, "a phone prefix is not a phone: there is no partial matching");
        prefix.ErrorCode.Should().Be("VAL001");
        (await integrator.RecordsAsync(("lastName", family.LastName), ("phone", family.Phone[..^1] + "9"))).Should().BeEmpty();
    }

    [Fact]
    public async Task The_order_is_stable_and_records_matching_more_criteria_come_first()
    {
        var family = engine.Seed.CapFamily;
        var member = engine.Seed.SampleCustomers.First(c => c.LastName == family.LastName && c.Phone == family.Phone);
        using var integrator = await engine.LoginIntegratorAsync();
        (string, string)[] query = [("lastName", family.LastName), ("phone", family.Phone), ("nationalIdentityNumber", member.NationalIdentityNumber)];

        var first = await integrator.RecordsAsync(query);
        var second = await integrator.RecordsAsync(query);

        first.WalletIds().Should().Equal(second.WalletIds());
        first.Should().HaveCount(100);
        var memberWallets = first.WalletIds().Take(2).ToArray();
        memberWallets.Should().Contain(member.WalletId, "the member matches three criteria, the rest of the family two");
        first.WalletIds().Skip(2).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task The_cap_is_the_lookup_policy()
    {
        using var folder = new TempRulesFolder();
        folder.Write("cap.yaml", "version: 1\npolicies:\n  lookup:\n    resultCap: 150\n");
        await using var wide = new EngineFixture { RulesDirectory = folder.Path };
        await wide.InitializeAsync();
        using var integrator = await wide.LoginIntegratorAsync();

        var records = await integrator.RecordsAsync(("lastName", wide.Seed.CapFamily.LastName), ("phone", wide.Seed.CapFamily.Phone));

        records.Should().HaveCount(wide.Seed.CapFamily.WalletCount);
    }
}
