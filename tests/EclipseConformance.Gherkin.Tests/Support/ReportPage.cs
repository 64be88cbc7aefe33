using Microsoft.Playwright;

namespace EclipseConformance.Gherkin.Tests.Support;

/// <summary>
/// A report file opened in a headless browser page, recording what a self-contained page must not do: console errors,
/// uncaught script errors and requests for anything that is not the file itself.
/// </summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly List<string> _problems = [];

    private ReportPage(IPage page) => Page = page;

    public IPage Page { get; }

    /// <summary>Console errors, page errors and external requests seen so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
                return [.. _problems];
        }
    }

    public static async Task<ReportPage> OpenAsync(IBrowser browser, string path)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var report = new ReportPage(page);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
                report.Add($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => report.Add("page error: " + error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                report.Add("external request: " + request.Url);
        };
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return report;
    }

    public ValueTask DisposeAsync() => new(Page.CloseAsync());

    private void Add(string problem)
    {
        lock (_problems)
            _problems.Add(problem);
    }
}
