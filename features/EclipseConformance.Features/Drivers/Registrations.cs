using System.Globalization;
using System.Security.Cryptography;

namespace EclipseConformance.Features.Drivers;

/// <summary>Registers customers with a wallet through the tenant API, as a customer signing up on a channel would.</summary>
public static class Registrations
{
    private const string FriendlyAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static async Task<RegisteredCustomer> RegisterAsync(
        EclipseApi api, string firstName, string lastName, string? phone = null, string? nationalId = null, string? passport = null)
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        var tenant = api.TenantOf(Role.TenantApiUser);
        phone ??= "08" + Digits(8);
        nationalId ??= Digits(13);
        passport ??= "Z" + Digits(8);
        var friendlyId = new string(Enumerable.Range(0, 8).Select(_ => FriendlyAlphabet[RandomNumberGenerator.GetInt32(FriendlyAlphabet.Length)]).ToArray());
        var customer = await client.PostAsync($"tenants/{tenant}/customers", new
        {
            externalUniqueId = Guid.NewGuid().ToString(),
            firstName,
            lastName,
            phone1 = phone,
            nationalIdentityNumber = nationalId,
            passportNumber = passport,
        });
        customer.Code.Should().Be(201, customer.Text);
        var customerId = customer.Json!["customerId"]!.GetValue<long>();
        var wallet = await client.PostAsync($"tenants/{tenant}/customers/{customerId}/wallets", new { friendlyId });
        wallet.Code.Should().Be(201, wallet.Text);
        return new RegisteredCustomer(tenant, customerId, wallet.Json!["walletId"]!.GetValue<long>(), firstName, lastName,
            customer.Json["phone1"]!.GetValue<string>(), nationalId, passport, friendlyId);
    }

    private static string Digits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => RandomNumberGenerator.GetInt32(i == 0 ? 1 : 0, 10).ToString(CultureInfo.InvariantCulture)));
}
