using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

/// <summary>
/// Callbacks and signatures (features/callbacks): the signature verifier, the retry schedule seen from a failing
/// channel, and inbound signature checking. Withdrawals provide the callbacks (see <see cref="WithdrawalSteps"/>).
/// </summary>
[Binding]
public sealed class CallbackSteps(EclipseApi api, ControlPlane control, CallbackInbox callbacks)
{
    /// <summary>UK-ENC's worked example body (fact sheet 6.1).</summary>
    private const string ExampleBody = """{"alias":"bluXSSCPCZ","cardOnFileId":"8e2c86a5-1acf-48b7-aa70-11a1b18c0d84","last4Digits":"0028"}""";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private string _body = ExampleBody;
    private JsonObject? _verdict;
    private bool _inboundSet;

    [AfterScenario("callbacks")]
    public async Task CleanUp()
    {
        if (_inboundSet)
        {
            await SetInboundAsync(null, null);
        }
    }

    [Given("the document's example callback body")]
    public void ExampleCallbackBody() => _body = ExampleBody;

    [Given("the document's example callback body with {string} changed to {string}")]
    public void ChangedBody(string from, string to) => _body = ExampleBody.Replace(from, to, StringComparison.Ordinal);

    [When("I verify the header {string} with the key {string} at its own time")]
    public Task VerifyAtItsTime(string header, string key) => VerifyAsync(header, key, TimeSpan.Zero);

    [When("I verify the header {string} with the key {string} {int} seconds after its time")]
    public Task VerifyLater(string header, string key, int seconds) => VerifyAsync(header, key, TimeSpan.FromSeconds(seconds));

    [Then("the verifier answers {word}")]
    public void VerifierAnswers(string reason)
    {
        _verdict.Should().NotBeNull();
        _verdict!["reason"]!.GetValue<string>().Should().Be(reason, _verdict.ToJsonString());
        _verdict["valid"]!.GetValue<bool>().Should().Be(reason == "VALID");
    }

    [Given("my callback receiver answers {int} to the first {int} callbacks")]
    public void ReceiverFails(int status, int count) => callbacks.FailNext(count, status);

    [When("{int} second(s) pass(es)")]
    public Task SecondsPass(int seconds) => control.AdvanceClockAsync(TimeSpan.FromSeconds(seconds));

    [Then("my callback receiver has received {int} attempt(s)")]
    public async Task Received(int count)
    {
        (await callbacks.AwaitCountAsync(count, Patience)).Should().Be(count);
        await StillReceived(count);
    }

    [Then("my callback receiver has still received {int} attempt(s)")]
    public async Task StillReceived(int count)
    {
        // An early retry would arrive within moments of the clock moving; give it that chance before counting.
        await Task.Delay(300);
        callbacks.Received.Should().HaveCount(count, "the next retry is not due yet");
    }

    [Then("every attempt carried the same body, signed for its own timestamp")]
    public void SameBodySigned()
    {
        var attempts = callbacks.Received;
        attempts.Select(a => a.Body).Distinct().Should().ContainSingle("a retry resends the same callback");
        foreach (var (body, signature) in attempts)
        {
            var parts = signature!.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            parts["v1"].Should().Be(Sign(WithdrawalSteps.CallbackKey, parts["t"], body));
        }

        attempts.Select(a => a.Signature).Distinct().Should().HaveCount(attempts.Count, "each attempt is signed when it is sent");
    }

    [Given("my tenant requires signed requests from the position {string} with the key {string}")]
    public Task RequireSigned(string position, string key) => SetInboundAsync(key, position);

    [When("I enquire my tenant's funded wallet, signed with the key {string}")]
    public async Task EnquireSigned(string key)
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        var path = await WalletSteps.FundedWalletPathAsync(api, client);
        var t = (await control.NowAsync()).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Get, TestKit.EclipseClient.Base + path);
        request.Headers.TryAddWithoutValidation("Eclipse-Signature", $"t={t},v1={Sign(key, t, "")}");
        await api.RememberAsync(client.SendAsync(request));
    }

    private async Task VerifyAsync(string header, string key, TimeSpan after)
    {
        var t = long.Parse(header.Split(',')[0]["t=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var answer = await control.VerifySignatureAsync(header, _body, key, t + (long)after.TotalMilliseconds);
        _verdict = answer;
    }

    private async Task SetInboundAsync(string? key, string? positions)
    {
        var admin = await api.AsAsync(Role.Administrator);
        var tenant = api.TenantOf(Role.TenantApiUser);
        var set = await admin.PutAsync($"tenants/{tenant}/config-items", new[]
        {
            new { key = "HMACInboundSignatureKey", value = key },
            new { key = "HMACInboundSignaturePositions", value = positions },
        });
        set.Code.Should().Be(200, set.Text);
        _inboundSet = key is not null;
    }

    private static string Sign(string key, string t, string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(t + "." + body)));
}
