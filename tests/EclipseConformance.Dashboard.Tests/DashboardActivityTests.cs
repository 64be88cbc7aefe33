using System.Globalization;
using EclipseConformance.TestKit;
using EclipseConformance.TestKit.Browser;
using Microsoft.Playwright;

namespace EclipseConformance.Dashboard.Tests;

/// <summary>
/// The payments, withdrawals, SMS inbox and conformance pages in headless Chromium against the real engine: a fresh VAS
/// payment and a fresh withdrawal (made over HTTP as a channel would) show with their state history.
/// </summary>
public class DashboardActivityTests(EngineFixture engine, BrowserFixture browser) : IClassFixture<EngineFixture>, IClassFixture<BrowserFixture>
{
    private async Task<IPage> LoggedInPageAsync()
    {
        var page = await browser.Require().NewPageAsync(new BrowserNewPageOptions { BaseURL = engine.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.GotoAsync("/");
        await page.FillAsync("input[name=identity]", engine.Seed.Admin.Identity);
        await page.FillAsync("input[name=password]", engine.Seed.Admin.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#health-status");
        return page;
    }

    [Fact]
    public async Task The_payments_page_lists_a_fresh_VAS_payment_and_shows_its_state_history()
    {
        var tenant = engine.Seed.Tenants.First(t => t.Currency == "BWP");
        var customer = engine.Seed.SampleCustomers.First(c => c.TenantId == tenant.TenantId);
        var key = Guid.NewGuid().ToString();
        long paymentId;
        using (var client = await engine.LoginAsync(tenant.Identity, tenant.Password))
        {
            var post = await client.SendRawAsync(HttpMethod.Post, $"tenants/{tenant.TenantId}/customers/{customer.CustomerId}/payments", $$"""
                { "externalUniqueId": "{{key}}", "paymentData": "20_1248_1247", "type": "GLOBAL_VAS",
                  "additionalFields": [ { "id": "msisdn", "value": "772216623" }, { "id": "meterNumber", "value": "21500123456" } ],
                  "amount": 180, "currency": "BWP", "walletId": {{customer.WalletId}} }
                """);
            post.Code.Should().Be(200, post.Text);
            paymentId = post.Json!["paymentId"]!.GetValue<long>();
        }

        var page = await LoggedInPageAsync();
        await page.ClickAsync("a[href='#/payments']");
        await page.WaitForSelectorAsync($"td:text-is('{key}')");
        await page.ClickAsync($"tr:has(td:text-is('{paymentId}'))");
        await page.WaitForSelectorAsync("h2:text('State history (oldest first)')");
        var text = await page.TextContentAsync("main");
        text.Should().Contain($"Payment {paymentId}").And.Contain(key).And.Contain("payment created")
            .And.Contain($"POST /eclipse-conductor/rest/v1/tenants/{tenant.TenantId}/customers/{customer.CustomerId}/payments → 200");
        await Shot(page, "payment");
    }

    [Fact]
    public async Task The_withdrawals_page_shows_a_fresh_withdrawal_with_its_history_and_its_token_SMS_reaches_the_inbox_page()
    {
        var tenant = engine.Seed.Tenants[0];
        var phone = "2782" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
        long withdrawalId;
        using (var client = await engine.LoginTenantAsync())
        {
            var customer = await client.PostAsync($"tenants/{tenant.TenantId}/customers", new { externalUniqueId = Guid.NewGuid().ToString(), firstName = "Lerato", lastName = "Dashboard", phone1 = phone });
            customer.Code.Should().Be(201, customer.Text);
            var wallet = await client.PostAsync($"tenants/{tenant.TenantId}/customers/{customer.Json!["customerId"]}/wallets", new { });
            var walletId = wallet.Json!["walletId"]!.GetValue<long>();
            using (var sim = engine.SimulatorAdmin())
            {
                (await sim.PostAsync($"/sim/v1/wallets/{walletId}/fund", new { amount = 300m })).Code.Should().Be(200);
            }

            var created = await client.PostAsync($"tenants/{tenant.TenantId}/wallets/{walletId}/withdrawals",
                new { amount = 200m, type = "ZA_PAYCORP_ATM", externalUniqueId = "dash-" + Guid.NewGuid().ToString("N"), description = "Cash", deliverToPhone = phone });
            created.Code.Should().Be(200, created.Text);
            withdrawalId = created.Json!["withdrawalId"]!.GetValue<long>();
        }

        var page = await LoggedInPageAsync();
        await page.ClickAsync("a[href='#/withdrawals']");
        await page.WaitForSelectorAsync($"td:text-is('{withdrawalId}')");
        await page.ClickAsync($"tr:has(td:text-is('{withdrawalId}'))");
        await page.WaitForSelectorAsync("h2:text('State history (oldest first)')");
        (await page.TextContentAsync("main")).Should().Contain($"Withdrawal {withdrawalId} — PENDING").And.Contain("withdrawal created").And.Contain("/withdrawals → 200");
        await Shot(page, "withdrawal");

        for (var attempt = 0; attempt < 50 && !(await page.TextContentAsync("main"))!.Contains(phone, StringComparison.Ordinal); attempt++)
        {
            await page.GotoAsync("/#/sms?r=" + attempt.ToString(CultureInfo.InvariantCulture));
            await page.WaitForSelectorAsync("h2:has-text('SMS inbox')");
        }

        (await page.TextContentAsync("main")).Should().Contain(phone, "the token SMS went to the customer's phone through the SMS gateway simulator");
        await Shot(page, "sms");
    }

    [Fact]
    public async Task The_conformance_page_shows_every_rule_with_its_source_and_a_channel_logging_in_per_call_fails_one()
    {
        for (var i = 0; i < 4; i++)
        {
            using var once = await engine.LoginTenantAsync();
            (await once.GetAsync($"tenants/{engine.Seed.Tenants[0].TenantId}/wallets?limit=1")).Code.Should().Be(200);
        }

        var page = await LoggedInPageAsync();
        await page.ClickAsync("a[href='#/conformance']");
        await page.WaitForSelectorAsync("#conformance-verdict");
        foreach (var rule in new[] { "paymentPolling", "retryAfterPending", "reuseAfterFailure", "repeatedLookup", "successfulWithoutExtraInfo", "callbackAcknowledgement", "loginPerCall" })
        {
            (await page.QuerySelectorAsync($"p[data-rule='{rule}']")).Should().NotBeNull(rule);
        }

        (await page.TextContentAsync("p[data-rule='loginPerCall']")).Should().Be("FAIL");
        (await page.TextContentAsync("main")).Should().Contain("renew").And.Contain($"identity {engine.Seed.Tenants[0].Identity}").And.Contain("Poll at 5-second intervals");
        await Shot(page, "conformance");
    }

    [Fact]
    public async Task The_rules_page_lists_the_active_conformance_rules_and_an_added_fault()
    {
        using var sim = engine.SimulatorAdmin();
        var added = await sim.PostAsync("/sim/v1/faults", new { upstream = "mnp", match = new { path = "/mnp/2799*" }, outcome = new { kind = "HttpStatus", statusCode = 503 }, count = 2 });
        added.Code.Should().BeOneOf(200, 201);
        try
        {
            var page = await LoggedInPageAsync();
            await page.ClickAsync("a[href='#/rules']");
            await page.WaitForSelectorAsync("h3:text('Conformance rules (policies.conformance)')");
            await page.WaitForSelectorAsync("td:text-is('paymentPolling')");
            var text = await page.TextContentAsync("main");
            text.Should().Contain("minInterval: 5s").And.Contain("maxDuration: 2m").And.Contain("defaults/20-conformance.yaml")
                .And.Contain(added.Json!["id"]!.GetValue<string>()).And.Contain("/mnp/2799*");
            await Shot(page, "rules-and-faults");
        }
        finally
        {
            (await sim.DeleteAsync($"/sim/v1/faults/mnp/{added.Json!["id"]!.GetValue<string>()}")).Code.Should().BeOneOf(200, 204);
        }
    }

    private static async Task Shot(IPage page, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "artifacts", "dashboard");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }
}
