using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.DemoWorld;

namespace EclipseConformance.Engine.Tests.DemoWorld;

public class DemoWorldGeneratorTests
{
    private static readonly DemoWorldModel World = DemoWorldGenerator.Generate(new DemoWorldOptions());

    [Fact]
    public void The_same_seed_generates_the_same_world()
    {
        var again = DemoWorldGenerator.Generate(new DemoWorldOptions());
        again.People.Select(p => (p.FirstName, p.LastName, p.Phone, p.NationalIdentityNumber))
            .Should().Equal(World.People.Select(p => (p.FirstName, p.LastName, p.Phone, p.NationalIdentityNumber)));
        again.Admin.Password.Should().Be(World.Admin.Password);
    }

    [Fact]
    public void A_different_seed_generates_different_people()
    {
        var other = DemoWorldGenerator.Generate(new DemoWorldOptions { Seed = 7 });
        other.People.Select(p => p.NationalIdentityNumber).Should().NotEqual(World.People.Select(p => p.NationalIdentityNumber));
    }

    [Fact]
    public void It_covers_every_country_with_at_least_two_thousand_customers()
    {
        World.Tenants.Select(t => t.Country).Should().Contain(["ZA", "BW", "KE", "UG"]);
        World.People.Sum(p => p.Registrations.Count).Should().BeGreaterThanOrEqualTo(2_000);
    }

    [Fact]
    public void Phones_and_south_african_ids_are_valid()
    {
        foreach (var person in World.People)
        {
            var country = World.Tenants.First(t => t.TenantId == person.Registrations[0].TenantId).Country;
            PhoneNumbers.TryNormalise(person.Phone, country, out _, out _).Should().BeTrue(person.Phone);
            if (country == "ZA")
            {
                var id = person.NationalIdentityNumber;
                id.Should().HaveLength(13);
                (id[12] - '0').Should().Be(DemoIdentityNumbers.LuhnCheckDigit(id[..12]));
            }
        }
    }

    [Fact]
    public void Families_share_surnames_and_some_people_bank_with_several_tenants()
    {
        World.People.Where(p => p.LastName == World.CapFamilyLastName && p.Phone == World.CapFamilyPhone)
            .Sum(p => p.Registrations.Sum(r => r.WalletCents.Count)).Should().BeGreaterThan(100);
        World.People.Count(p => p.Registrations.Select(r => r.TenantId).Distinct().Count() > 1).Should().BeGreaterThan(100);
        World.People.GroupBy(p => (p.LastName, p.Phone)).Count(g => g.Count() > 1).Should().BeGreaterThan(10);
    }
}
