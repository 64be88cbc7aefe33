using System.Text.Json.Nodes;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Conformance;

/// <summary>
/// Opens a fresh report window on the manual clock (every test of a class sees only its own traffic through
/// <c>since</c>), reads <c>GET /sim/v1/conformance</c>, the journal ids of a channel's calls, and waits (real time,
/// bounded) for the engine's background work a channel would wait for.
/// </summary>
internal sealed class ConformanceProbe(EngineFixture engine)
{
    public string Since { get; private set; } = "";

    /// <summary>Moves the clock a second on and starts the window there.</summary>
    public void StartWindow()
    {
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Since = Timestamps.ToWire(engine.Clock.GetUtcNow());
    }

    public async Task<JsonObject> ReportAsync(long? tenantId = null)
    {
        using var admin = engine.SimulatorAdmin();
        var query = "/sim/v1/conformance?" + (Since.Length == 0 ? "" : $"since={Uri.EscapeDataString(Since)}&") + (tenantId is null ? "" : $"tenantId={tenantId}");
        var response = await admin.GetAsync(query);
        response.Code.Should().Be(200, response.Text);
        return response.Json!.AsObject();
    }

    public static JsonObject Rule(JsonObject report, string rule) =>
        report["rules"]!.AsArray().Single(r => r!["rule"]!.GetValue<string>() == rule)!.AsObject();

    /// <summary>The rule's findings about <paramref name="subject"/> (e.g. "payment 4007001").</summary>
    public static List<JsonObject> Findings(JsonObject report, string rule, string subject) =>
        Rule(report, rule)["findings"]!.AsArray().Select(f => f!.AsObject()).Where(f => f["subject"]!.GetValue<string>() == subject).ToList();

    public static long[] JournalIds(JsonObject finding) => finding["journalIds"]!.AsArray().Select(i => i!.GetValue<long>()).ToArray();

    /// <summary>Journal ids (oldest first) of the calls whose path contains <paramref name="path"/>.</summary>
    public async Task<long[]> JournalIdsAsync(string method, string path)
    {
        using var admin = engine.SimulatorAdmin();
        var entries = (await admin.GetAsync($"/sim/v1/journal?method={method}&path={Uri.EscapeDataString(path)}&limit=1000")).Json!.AsArray();
        return entries.Select(e => e!["id"]!.GetValue<long>()).Order().ToArray();
    }

    /// <summary>Waits until the store shows the payment final (extraInfo or a failure), without any Eclipse API call.</summary>
    public async Task<JsonObject> StoredPaymentFinalAsync(long paymentId)
    {
        using var admin = engine.SimulatorAdmin();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var payment = (await admin.GetAsync($"/sim/v1/payments/{paymentId}")).Json!.AsObject();
            if (payment["hasExtraInfo"]!.GetValue<bool>() || payment["status"]!.GetValue<string>() is "FAILED" or "ERROR" || DateTime.UtcNow > deadline)
            {
                return payment;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the outbox recorded at least <paramref name="attempts"/> attempts of the payment's callback.</summary>
    public async Task CallbackAttemptsAsync(long paymentId, int attempts)
    {
        using var admin = engine.SimulatorAdmin();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var log = (await admin.GetAsync($"/sim/v1/callbacks?kind=PAYMENT&reference={paymentId}")).Json!.AsArray();
            if (log.Count > 0 && log[0]!["attempts"]!.AsArray().Count >= attempts)
            {
                return;
            }

            await Task.Delay(20);
        }
    }

    public async Task<long> BuyUtilityAsync(VasCalls vas, EclipseClient client, int customer, string? key = null, string? callbackUrl = null, string meter = "21500123456")
    {
        var template = callbackUrl is null ? DocumentRequests.Utility : DocumentRequests.UtilityWithCallback;
        var replacements = new List<(string, string)> { ("21500123456", meter) };
        if (callbackUrl is not null)
        {
            replacements.Add(("https://channel.tenant.example.com/eclipse/vas/callback", callbackUrl));
        }

        var (body, generated) = DocumentRequests.For(template, vas.Customer(customer).WalletId, [.. replacements]);
        if (key is not null)
        {
            body = body.Replace(generated, key, StringComparison.Ordinal);
        }

        var post = await vas.PostRawAsync(client, vas.Customer(customer), body);
        post.Code.Should().Be(200, post.Text);
        return post.Json!["paymentId"]!.GetValue<long>();
    }
}
