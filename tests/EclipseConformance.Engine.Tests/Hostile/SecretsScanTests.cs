using System.Globalization;
using System.Text.RegularExpressions;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// A representative traffic mix (logins, a new customer with national id, passport, phone and password, lookups,
/// transfers, a cash withdrawal whose token goes out by SMS and is redeemed, a VAS payment, a token renewal), then a
/// scan of everything the engine logged (every level of its own categories) and of the control plane's request
/// journal: no password, JWT, withdrawal token, full national id or passport number anywhere; no full phone number in the logs.
/// </summary>
public sealed partial class SecretsScanTests(LoggingEngineFixture engine) : IClassFixture<LoggingEngineFixture>
{
    private const string NationalId = "8001015009087";
    private const string Passport = "PZ4471902";
    private const string NewPassword = "Scan-Secret-Pw-9!";

    [Fact]
    public async Task Logs_and_the_request_journal_hold_no_secret_and_no_unmasked_personal_number()
    {
        var secrets = new List<string>();
        var personal = new List<string> { NationalId, Passport };
        var phone = "2782" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
        var tenantId = engine.Seed.Tenants[0].TenantId;
        var sample = engine.Seed.SampleCustomers.First(c => c.Identity is not null && c.TenantId == tenantId);
        secrets.AddRange([engine.Seed.Tenants[0].Password, engine.Seed.Admin.Password, engine.Seed.GlobalIntegrator.Password, sample.Password!, NewPassword]);

        using var tenant = await engine.LoginTenantAsync();
        using var customer = await engine.LoginAsync(sample.Identity!, sample.Password!);
        using var integrator = await engine.LoginIntegratorAsync();
        using var sim = engine.SimulatorAdmin();

        var created = await tenant.PostAsync($"tenants/{tenantId}/customers", new
        {
            externalUniqueId = "scan-" + phone,
            firstName = "Naledi",
            lastName = "Scanner",
            phone1 = phone,
            nationalIdentityNumber = NationalId,
            passportNumber = Passport,
        });
        created.Code.Should().Be(201, created.Text);
        var customerId = created.Json!["customerId"]!.GetValue<long>();
        var identity = "scan" + phone[^6..];
        (await tenant.PostAsync($"tenants/{tenantId}/customers/{customerId}/identities", new { identity, password = NewPassword })).Code.Should().Be(201);
        var wallet = await tenant.PostAsync($"tenants/{tenantId}/customers/{customerId}/wallets", new { });
        var walletId = wallet.Json!["walletId"]!.GetValue<long>();
        (await sim.PostAsync($"/sim/v1/wallets/{walletId}/fund", new { amount = 900m })).Code.Should().Be(200);
        using var newcomer = await engine.LoginAsync(identity, NewPassword);
        (await newcomer.PostAsync("authentication/renew", new { jwt = newcomer.Token })).Code.Should().Be(200);

        (await integrator.GetAsync($"global/wallets?phone={phone}&nationalIdentityNumber={NationalId}")).Code.Should().Be(200);
        (await integrator.GetAsync($"global/wallets?lastName=Scanner&passportNumber={Passport}")).Code.Should().Be(200);
        (await tenant.GetAsync($"tenants/{tenantId}/customers?nationalIdentityNumber={NationalId}")).Code.Should().Be(200);

        (await tenant.PostAsync($"tenants/{tenantId}/wallets/transfers",
            new { fromWalletId = walletId, toWalletId = sample.WalletId, amount = 12.5m, description = "scan", externalUniqueId = "scan-t-" + phone })).Code.Should().Be(204);
        (await customer.PostAsync($"tenants/{tenantId}/wallets/transfers",
            new { fromWalletId = sample.WalletId, toWalletId = walletId, amount = 2.5m, description = "scan back", externalUniqueId = "scan-t2-" + phone })).Code.Should().BeLessThan(500);

        var withdrawal = await tenant.PostAsync($"tenants/{tenantId}/wallets/{walletId}/withdrawals",
            new { amount = 100m, type = "ZA_PAYCORP_ATM", externalUniqueId = "scan-w-" + phone, description = "Payout", deliverToPhone = phone });
        withdrawal.Code.Should().Be(200, withdrawal.Text);
        var withdrawalId = withdrawal.Json!["withdrawalId"]!.GetValue<long>();
        var token = await TokenAsync(sim, tenant, tenantId, walletId, withdrawalId, phone);
        secrets.Add(token);
        var redeemed = await sim.PostAsync($"/sim/v1/withdrawals/{withdrawalId}/redeem", new { token, phone });
        redeemed.Code.Should().BeInRange(200, 299, redeemed.Text);

        var vas = engine.Seed.Tenants.First(t => t.Currency == "BWP");
        using var vasTenant = await engine.LoginTenantAsync(engine.Seed.Tenants.ToList().IndexOf(vas));
        var vasCustomer = engine.Seed.SampleCustomers.First(c => c.TenantId == vas.TenantId);
        var payment = await vasTenant.PostAsync($"tenants/{vas.TenantId}/customers/{vasCustomer.CustomerId}/payments", new
        {
            externalUniqueId = "scan-p-" + phone,
            paymentData = "20_501_0",
            type = "GLOBAL_VAS",
            amount = 10m,
            currency = "BWP",
            walletId = vasCustomer.WalletId,
            additionalFields = new[] { new { id = "msisdn", value = "772216623" } },
        });
        payment.Code.Should().BeInRange(200, 299, payment.Text);

        secrets.AddRange(new[] { tenant, customer, integrator, newcomer }.Select(c => c.Token!));
        var journal = await sim.GetAsync("/sim/v1/journal?limit=1000");
        journal.Code.Should().Be(200);
        var logs = string.Join('\n', engine.Logs.Lines);
        logs.Should().NotBeEmpty("the engine logs at every level here, so the scan has something to read");

        SecretScan.Leaks("journal", journal.Text, secrets, personal).Should().BeEmpty();
        SecretScan.Leaks("logs", logs, secrets, [.. personal, phone, phone[2..]]).Should().BeEmpty();
    }

    private static async Task<string> TokenAsync(EclipseClient sim, EclipseClient tenant, long tenantId, long walletId, long withdrawalId, string phone)
    {
        for (var i = 0; i < 100; i++)
        {
            var inbox = (await sim.GetAsync($"/sim/v1/sms?to={phone}")).OkArray();
            if (inbox.Select(m => TokenInSms().Match(m!["message"]!.GetValue<string>())).FirstOrDefault(m => m.Success) is { } match)
            {
                return match.Groups[1].Value;
            }

            await Task.Delay(50);
        }

        var view = await tenant.GetAsync($"tenants/{tenantId}/wallets/{walletId}/withdrawals/{withdrawalId}");
        return view.Json?["token"]?.GetValue<string>() ?? throw new InvalidOperationException("No token delivered: " + view.Text);
    }

    [GeneratedRegex(@"Token: (\w+)")]
    private static partial Regex TokenInSms();
}
