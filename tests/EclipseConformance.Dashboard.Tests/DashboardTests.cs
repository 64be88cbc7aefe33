using EclipseConformance.TestKit;
using EclipseConformance.TestKit.Browser;
using Microsoft.Playwright;

namespace EclipseConformance.Dashboard.Tests;

public class DashboardTests(EngineFixture engine, BrowserFixture browser) : IClassFixture<EngineFixture>, IClassFixture<BrowserFixture>
{
    private static readonly string Screenshots = Path.Combine(RepositoryRoot(), "artifacts", "dashboard");

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
    public async Task A_wrong_password_is_refused_on_the_login_form()
    {
        var page = await browser.Require().NewPageAsync(new BrowserNewPageOptions { BaseURL = engine.BaseAddress.ToString() });
        await page.GotoAsync("/");
        await page.FillAsync("input[name=password]", "wrong");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForFunctionAsync("document.getElementById('login-error').textContent.length > 0");
        (await page.TextContentAsync("#login-error")).Should().Contain("Incorrect identity/password");
    }

    [Fact]
    public async Task The_overview_shows_a_ready_engine_the_virtual_clock_and_holding_invariants()
    {
        var page = await LoggedInPageAsync();
        (await page.TextContentAsync("#health-status")).Should().Be("ready");
        (await page.TextContentAsync("#invariants")).Should().Be("Invariants hold");
        (await page.TextContentAsync("#clock-now")).Should().Be("2026-03-16T08:00:00.000Z");
        await Shot(page, "overview");
    }

    [Fact]
    public async Task The_tenants_page_renders_the_seeded_world_and_a_fresh_transfer_shows_in_the_wallets_ledger()
    {
        var tenant = engine.Seed.Tenants[0];
        var customerWallet = engine.Seed.SampleCustomers.First(c => c.TenantId == tenant.TenantId).WalletId;
        var key = "dashboard-" + Guid.NewGuid().ToString("N");
        using (var client = await engine.LoginTenantAsync())
        {
            (await client.PostAsync($"tenants/{tenant.TenantId}/wallets/transfers",
                new { fromWalletId = tenant.WalletIds[0], toWalletId = customerWallet, amount = 12.34m, description = "seen in the dashboard", externalUniqueId = key })).Code.Should().Be(204);
        }

        var page = await LoggedInPageAsync();
        await page.ClickAsync("a[href='#/tenants']");
        // The overview has tables of its own: wait for the tenants table itself, not any table.
        await page.WaitForSelectorAsync($"main td:text-is('{tenant.Name}')");
        var tenantsText = await page.TextContentAsync("main");
        foreach (var t in engine.Seed.Tenants)
        {
            tenantsText.Should().Contain(t.Name);
        }

        await Shot(page, "tenants");
        await page.ClickAsync($"tr:has(td:text-is('{tenant.TenantId}'))");
        await page.WaitForSelectorAsync($"td:text-is('{customerWallet}')");
        await page.ClickAsync($"tr:has(td:text-is('{customerWallet}'))");
        await page.WaitForSelectorAsync($"td:text-is('{key}')");
        (await page.TextContentAsync("main")).Should().Contain("seen in the dashboard").And.Contain("12.34");
        await Shot(page, "wallet");
    }

    [Fact]
    public async Task The_journal_faults_callbacks_and_rules_pages_render()
    {
        var page = await LoggedInPageAsync();
        await page.ClickAsync("a[href='#/journal']");
        await page.WaitForSelectorAsync("td:text-is('/eclipse-conductor/rest/v1/authentication/login')");
        await Shot(page, "journal");

        await page.ClickAsync("a[href='#/faults']");
        await page.WaitForSelectorAsync("td:text-is('frontierweb')");
        await page.SelectOptionAsync("select >> nth=0", "sms");
        await page.ClickAsync("button:text('Add fault')");
        await page.WaitForSelectorAsync("button:text('Remove')");
        await Shot(page, "faults");
        await page.ClickAsync("button:text('Remove')");
        await page.WaitForSelectorAsync("button:text('Remove')", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });

        await page.ClickAsync("a[href='#/callbacks']");
        await page.WaitForSelectorAsync("h2:text('Callbacks')");
        await page.ClickAsync("a[href='#/rules']");
        await page.WaitForSelectorAsync("h2:has-text('Active rules')");
        (await page.TextContentAsync("main")).Should().Contain("00-policies.yaml", "the shipped defaults are listed")
            .And.Contain("TWO_CRITERIA").And.Contain("mobilerecharge.providers");
        await Shot(page, "rules");
    }

    private static async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EclipseConformance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}
