using System.Globalization;
using Bogus;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.DemoWorld;

/// <summary>
/// Generates the demo world from a fixed seed: tenants in ZA (two), BW, KE and UG, the platform tenant with the
/// administrator, a global integrator with funded disbursement wallets, and customers with realistic names,
/// country-coded phones, national ids and passports — including families sharing a surname, people with
/// wallets in several tenants, and one large family sharing a household phone (more than 100 wallets match
/// surname + phone, so the lookup's cap is exercised).
/// </summary>
public static class DemoWorldGenerator
{
    public const long PlatformTenantId = 1000;
    public const long IntegratorTenantId = 1999;

    private static readonly (long Id, string Name, string Country, string Currency, double Share)[] StandardTenants =
    [
        (1001, "Ukheshe Demo Wallet", "ZA", "ZAR", 0.30),
        (1002, "Kasi Pay", "ZA", "ZAR", 0.22),
        (1003, "Lesedi Wallet", "BW", "BWP", 0.16),
        (1004, "Jambo Pay", "KE", "KES", 0.16),
        (1005, "Kampala Mobile Money", "UG", "UGX", 0.16),
    ];

    public static DemoWorldModel Generate(DemoWorldOptions options)
    {
        var r = new Randomizer(options.Seed);
        var world = new DemoWorldModel
        {
            Admin = new DemoLogin("admin", options.AdminPassword ?? Password(r), $"{Roles.GlobalAdmin},{Roles.SimulatorAdmin}"),
            CapFamilyLastName = "Dlamini",
            CapFamilyPhone = "27821112222",
        };

        world.Tenants.Add(new DemoTenant(PlatformTenantId, "Eclipse Platform", "ZA", "ZAR", TenantKind.Platform, world.Admin,
            [new DemoSystemWallet(WalletTypes.TenantFloat, "Platform float", "ZAR", 0, false)]));
        foreach (var (id, name, country, currency, _) in StandardTenants)
        {
            var operatingUnits = currency switch { "UGX" => 500_000_000, "KES" => 50_000_000, _ => 5_000_000 };
            world.Tenants.Add(new DemoTenant(id, name, country, currency, TenantKind.Standard,
                new DemoLogin($"{id}-api-user-0", Password(r), Roles.TenantSystem),
                [
                    new DemoSystemWallet(WalletTypes.TenantFloat, $"{name} float", currency, 0, false),
                    new DemoSystemWallet(WalletTypes.TenantOperating, $"{name} operating", currency, operatingUnits, true),
                    new DemoSystemWallet(WalletTypes.VasSettlement, $"{name} VAS settlement", currency, 0, false),
                    new DemoSystemWallet(WalletTypes.FeeIncome, $"{name} fees", currency, 0, false),
                ]));
        }

        world.Tenants.Add(new DemoTenant(IntegratorTenantId, "Global Payroll Integrator", "ZA", "ZAR", TenantKind.GlobalIntegrator,
            new DemoLogin($"{IntegratorTenantId}-integrator", Password(r), Roles.GlobalIntegrator),
            [
                new DemoSystemWallet(WalletTypes.TenantFloat, "Integrator funding float ZAR", "ZAR", 0, false),
                new DemoSystemWallet(WalletTypes.TenantFloat, "Integrator funding float BWP", "BWP", 0, false),
                new DemoSystemWallet(WalletTypes.TenantFloat, "Integrator funding float KES", "KES", 0, false),
                new DemoSystemWallet(WalletTypes.TenantFloat, "Integrator funding float UGX", "UGX", 0, false),
                new DemoSystemWallet(WalletTypes.IntegratorDisbursement, "Payroll disbursement ZAR", "ZAR", 50_000_000, true),
                new DemoSystemWallet(WalletTypes.IntegratorDisbursement, "Payroll disbursement BWP", "BWP", 5_000_000, true),
                new DemoSystemWallet(WalletTypes.IntegratorDisbursement, "Payroll disbursement KES", "KES", 100_000_000, true),
                new DemoSystemWallet(WalletTypes.IntegratorDisbursement, "Payroll disbursement UGX", "UGX", 900_000_000, true),
            ]));

        AddCapFamily(world, r, options.CapFamilySize);
        AddPeople(world, r, options.CustomerCount - (2 * options.CapFamilySize));
        return world;
    }

    private static void AddCapFamily(DemoWorldModel world, Randomizer r, int size)
    {
        // One household registered at both ZA tenants with a shared contact phone: surname + phone match 2 × size wallets.
        for (var i = 0; i < size; i++)
        {
            var person = NewPerson(r, "ZA", world.CapFamilyLastName, world.CapFamilyPhone, i < 2);
            world.People.Add(person with
            {
                Registrations =
                [
                    new DemoRegistration(1001, ExternalId(r), [Cents(r)], i < 2 ? Password(r) : null),
                    new DemoRegistration(1002, ExternalId(r), [Cents(r)], null),
                ],
            });
        }
    }

    private static void AddPeople(DemoWorldModel world, Randomizer r, int customers)
    {
        var samplesLeft = StandardTenants.ToDictionary(t => t.Id, _ => 3);
        var created = 0;
        while (created < customers)
        {
            var (tenantId, _, country, _, _) = PickTenant(r);
            var familySize = r.Double() < 0.12 ? r.Number(2, 6) : 1;
            var lastName = r.ArrayElement(DemoNames.ByCountry[country].Last);
            var sharedPhone = r.Bool(0.3f) ? DemoIdentityNumbers.Phone(r, country) : null;
            for (var m = 0; m < familySize && created < customers; m++)
            {
                var sample = samplesLeft[tenantId] > 0;
                var person = NewPerson(r, country, lastName, m > 0 && sharedPhone is not null ? sharedPhone : null, sample);
                var wallets = r.Double() < 0.15 ? new List<long> { Cents(r), Cents(r) } : [Cents(r)];
                var registrations = new List<DemoRegistration> { new(tenantId, ExternalId(r), wallets, sample ? Password(r) : null) };
                if (country == "ZA" && r.Double() < 0.12)
                {
                    registrations.Add(new DemoRegistration(tenantId == 1001 ? 1002 : 1001, ExternalId(r), [Cents(r)], null));
                }

                if (sample)
                {
                    samplesLeft[tenantId]--;
                }

                world.People.Add(person with { Registrations = registrations });
                created += registrations.Count;
            }
        }
    }

    private static DemoPerson NewPerson(Randomizer r, string country, string lastName, string? phone, bool sample)
    {
        var names = DemoNames.ByCountry[country];
        var female = r.Bool();
        var birth = DateOnly.FromDayNumber(new DateOnly(1950, 1, 1).DayNumber + r.Number(0, 365 * 55));
        var first = r.ArrayElement(names.First);
        var email = $"{Ascii(first)}.{Ascii(lastName)}{r.Number(1, 999)}@example.com".ToLowerInvariant();
        return new DemoPerson(first, lastName, phone ?? DemoIdentityNumbers.Phone(r, country), DemoIdentityNumbers.NationalId(r, country, birth, female),
            DemoIdentityNumbers.Passport(r, country), birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture), female ? "F" : "M", email, [], sample);
    }

    private static (long Id, string Name, string Country, string Currency, double Share) PickTenant(Randomizer r)
    {
        var x = r.Double();
        foreach (var t in StandardTenants)
        {
            if ((x -= t.Share) < 0)
            {
                return t;
            }
        }

        return StandardTenants[^1];
    }

    private static long Cents(Randomizer r) => r.Number(5_000, 2_000_000);

    private static string ExternalId(Randomizer r) => "demo-" + r.Hash(20);

    private static string Password(Randomizer r) => "Demo-" + r.AlphaNumeric(10) + "!";

    private static string Ascii(string s) => new(s.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray());
}
