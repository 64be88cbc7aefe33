using Microsoft.Playwright;
using Xunit;

namespace EclipseConformance.TestKit.Browser;

/// <summary>
/// A headless Chromium from the machine (Debian's package, /usr/bin/chromium), launched through Playwright's bundled
/// driver — no browser download. Without a browser the tests skip with a stated reason, except where one is required
/// (ECLIPSE_REQUIRE_BROWSER=1, set by CI, which installs it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public static string? ExecutablePath =>
        new[] { Environment.GetEnvironmentVariable("ECLIPSE_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => p is not null && File.Exists(p));

    public async ValueTask InitializeAsync()
    {
        if (ExecutablePath is not { } path)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public IBrowser Require()
    {
        if (Browser is null)
        {
            if (Environment.GetEnvironmentVariable("ECLIPSE_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException("ECLIPSE_REQUIRE_BROWSER=1 but no Chromium was found (install the 'chromium' package)");
            }

            Assert.Skip("No Chromium on this machine (install Debian's 'chromium' package to run the browser tests)");
        }

        return Browser!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
