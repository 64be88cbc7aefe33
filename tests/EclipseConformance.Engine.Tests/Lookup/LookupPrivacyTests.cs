using Dapper;
using EclipseConformance.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Lookup;

public class LookupPrivacyTests(LookupFixture engine) : IClassFixture<LookupFixture>
{
    private static readonly string[] RecordFields =
        ["walletId", "tenantId", "tenantName", "walletFriendlyId", "currency", "status", "transferable", "firstName", "lastName", "phone",
         "nationalIdentityNumber", "passportNumber"];

    [Fact]
    public async Task A_record_names_the_wallet_and_tenant_and_masks_every_personal_field()
    {
        using var integrator = await engine.LoginIntegratorAsync();
        var known = engine.Known;

        var record = (await integrator.RecordsAsync(("phone", known.Phone), ("passportNumber", known.Passport))).Should().ContainSingle().Subject!.AsObject();

        record.Select(p => p.Key).Should().BeEquivalentTo(RecordFields);
        record["walletId"]!.GetValue<long>().Should().Be(known.WalletId);
        record["tenantId"]!.GetValue<long>().Should().Be(known.TenantId);
        record["tenantName"]!.GetValue<string>().Should().Be(engine.Seed.Tenants[0].Name);
        record["walletFriendlyId"]!.GetValue<string>().Should().Be(known.FriendlyId);
        record["currency"]!.GetValue<string>().Should().Be("ZAR");
        record["status"]!.GetValue<string>().Should().Be("ACTIVE");
        record["transferable"]!.GetValue<bool>().Should().BeTrue();
        record["firstName"]!.GetValue<string>().Should().Be("N*****a", "Nomvula: first and last letter");
        record["lastName"]!.GetValue<string>().Should().Be("C****e", "Cloëte: first and last letter, accents counted as one character");
        record["phone"]!.GetValue<string>().Should().Be("27*****9876", "country code and last four digits");
        record["nationalIdentityNumber"]!.GetValue<string>().Should().Be("**********081", "last three characters only");
        record["passportNumber"]!.GetValue<string>().Should().Be("******432", "last three characters only");
    }

    [Fact]
    public async Task No_lookup_over_the_demo_world_discloses_any_customers_name_phone_or_identity_number()
    {
        var people = await CustomersAsync();
        using var integrator = await engine.LoginIntegratorAsync();
        var values = new HashSet<string>(StringComparer.Ordinal);
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var found = 0;
        foreach (var p in people.Where((p, i) => i % 3 == 0 || p.Phone == engine.Seed.CapFamily.Phone))
        {
            (string, string)[][] queries =
            [
                [("lastName", p.LastName), ("phone", p.Phone!)],
                [("nationalIdentityNumber", p.NationalIdentityNumber!), ("passportNumber", p.PassportNumber!)],
                [("lastName", p.LastName.ToUpperInvariant()), ("nationalIdentityNumber", p.NationalIdentityNumber!)],
                [("phone", p.PhoneKey!), ("passportNumber", p.PassportNumber!), ("lastName", p.FirstName)],
            ];
            foreach (var query in queries)
            {
                var records = await integrator.RecordsAsync(query);
                found += records.Count;
                foreach (var record in records)
                {
                    foreach (var (name, value) in record!.AsObject())
                    {
                        fields.Add(name);
                        if (name != "tenantName")
                        {
                            values.Add(value!.ToJsonString().Trim('"'));
                        }
                    }
                }
            }
        }

        found.Should().BeGreaterThan(people.Count, "the lookups must actually return records for the check to mean anything");
        fields.Should().BeEquivalentTo(RecordFields);
        var secrets = people.SelectMany(p => new[] { p.FirstName, p.LastName, p.Phone, p.PhoneKey, "0" + p.PhoneKey, p.NationalIdentityNumber, p.PassportNumber, p.Email })
            .Where(s => s is { Length: >= 3 })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        secrets.Should().HaveCountGreaterThan(1_000);
        foreach (var value in values)
        {
            secrets.Where(s => value.Contains(s!, StringComparison.Ordinal)).Should().BeEmpty("response value '{0}' must not disclose personal data", value);
        }
    }

    private async Task<List<Row>> CustomersAsync()
    {
        await using var connection = await engine.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<Row>(
            "SELECT first_name AS FirstName, last_name AS LastName, phone1 AS Phone, phone_key AS PhoneKey, national_identity_number AS NationalIdentityNumber, " +
            "passport_number AS PassportNumber, email AS Email FROM customers ORDER BY customer_id");
        var list = rows.ToList();
        list.Should().HaveCountGreaterThan(400).And.OnlyContain(r => r.Phone != null && r.NationalIdentityNumber != null && r.PassportNumber != null);
        return list;
    }

    private sealed class Row
    {
        public string FirstName { get; init; } = "";

        public string LastName { get; init; } = "";

        public string? Phone { get; init; }

        public string? PhoneKey { get; init; }

        public string? NationalIdentityNumber { get; init; }

        public string? PassportNumber { get; init; }

        public string? Email { get; init; }
    }
}
