using Dapper;
using EclipseConformance.Engine.Storage;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Lookup;

/// <summary>
/// The engine with the demo world plus one known customer whose wallet carries all eight lookup criteria (the account
/// number has no API, so it is written to the store directly), and a second customer sharing nothing with the first.
/// </summary>
public sealed class LookupFixture : EngineFixture
{
    public Person Known { get; private set; } = null!;

    public Person Other { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Known = await RegisterAsync(Seed.Tenants[0].TenantId, "Nomvula", "Cloëte", "0831239876", "8505055123081", "Z98765432", "LKUP2345", "62001234567");
        Other = await RegisterAsync(Seed.Tenants[1].TenantId, "Pieter", "Oosthuizen", "0845550001", "7707075123088", "Z11223344", "LKUP6789", "62009999999");
    }

    /// <summary>Registers a customer with one wallet through the tenant API (as a customer signing up on a channel would).</summary>
    public async Task<Person> RegisterAsync(
        long tenantId, string firstName, string lastName, string phone, string nationalId, string passport, string friendlyId, string? accountNumber)
    {
        var tenant = Seed.Tenants.First(t => t.TenantId == tenantId);
        using var client = await LoginAsync(tenant.Identity, tenant.Password);
        var customer = await client.PostAsync($"tenants/{tenantId}/customers", new
        {
            externalUniqueId = "lookup-" + Guid.NewGuid().ToString("N"),
            firstName,
            lastName,
            phone1 = phone,
            nationalIdentityNumber = nationalId,
            passportNumber = passport,
        });
        customer.Code.Should().Be(201, customer.Text);
        var customerId = customer.Json!["customerId"]!.GetValue<long>();
        var walletExternalId = "wallet-" + Guid.NewGuid().ToString("N");
        var wallet = await client.PostAsync($"tenants/{tenantId}/customers/{customerId}/wallets", new { friendlyId, externalUniqueId = walletExternalId });
        wallet.Code.Should().Be(201, wallet.Text);
        var walletId = wallet.Json!["walletId"]!.GetValue<long>();
        if (accountNumber is not null)
        {
            await ExecuteAsync("UPDATE wallets SET account_number = @accountNumber WHERE wallet_id = @walletId", new { accountNumber, walletId });
        }

        return new Person(tenantId, customerId, walletId, firstName, lastName, customer.Json["phone1"]!.GetValue<string>(), nationalId, passport,
            friendlyId, accountNumber, walletExternalId);
    }

    /// <summary>Writes to the engine's store (test set-up the API has no route for).</summary>
    public async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters);
    }

    public sealed record Person(
        long TenantId, long CustomerId, long WalletId, string FirstName, string LastName, string Phone, string NationalId, string Passport,
        string FriendlyId, string? AccountNumber, string WalletExternalUniqueId)
    {
        /// <summary>Each lookup criterion with this person's value.</summary>
        public IReadOnlyDictionary<string, string> Criteria => new Dictionary<string, string>
        {
            ["lastName"] = LastName,
            ["phone"] = Phone,
            ["nationalIdentityNumber"] = NationalId,
            ["passportNumber"] = Passport,
            ["walletFriendlyId"] = FriendlyId,
            ["accountNumber"] = AccountNumber!,
            ["externalUniqueId"] = WalletExternalUniqueId,
            ["walletId"] = WalletId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
