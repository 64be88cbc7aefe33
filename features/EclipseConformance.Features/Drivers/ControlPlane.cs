using System.Text.Json.Nodes;
using EclipseConformance.TestKit;

namespace EclipseConformance.Features.Drivers;

/// <summary>The simulator's control plane (<c>/sim/v1</c>): the same HTTP calls in-process and against a hosted simulator.</summary>
public sealed class ControlPlane(EclipseApi api) : IDisposable
{
    private EclipseClient? _client;

    private EclipseClient Client
    {
        get
        {
            if (_client is null)
            {
                var (identity, password) = api.Target.Admin ?? throw new InvalidOperationException("The target has no control plane");
                _client = api.NewClient();
                _client.UseBasic(identity, password);
            }

            return _client;
        }
    }

    public async Task AdvanceClockAsync(TimeSpan by)
    {
        var response = await Client.PostAsync("/sim/v1/clock/advance", new { seconds = (decimal)by.TotalSeconds });
        response.Code.Should().Be(200, response.Text);
    }

    public async Task<DateTimeOffset> NowAsync() =>
        DateTimeOffset.Parse((await Client.GetAsync("/sim/v1/clock")).Json!["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    public async Task FundAsync(long walletId, decimal amount)
    {
        var response = await Client.PostAsync($"/sim/v1/wallets/{walletId}/fund", new { amount });
        response.Code.Should().Be(200, response.Text);
    }

    /// <summary>Layers a rule document over the target's rule files (<c>PUT /sim/v1/rules</c>).</summary>
    public async Task ReplaceRuntimeRulesAsync(string json)
    {
        var response = await Client.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", json);
        response.Code.Should().Be(200, response.Text);
    }

    /// <summary>Removes the runtime rule document again (the rule files stay).</summary>
    public async Task RemoveRuntimeRulesAsync()
    {
        var response = await Client.DeleteAsync("/sim/v1/rules");
        response.Code.Should().Be(200, response.Text);
    }

    /// <summary><c>POST /sim/v1/signatures/verify</c> at <paramref name="nowMs"/>: the verifier's answer.</summary>
    public async Task<JsonObject> VerifySignatureAsync(string header, string body, string key, long nowMs)
    {
        var response = await Client.PostAsync("/sim/v1/signatures/verify", new { header, body, key, now = nowMs });
        response.Code.Should().Be(200, response.Text);
        return response.Json!.AsObject();
    }

    public async Task<JsonObject> InvariantsAsync() => (await Client.GetAsync("/sim/v1/ledger/invariants")).Json!.AsObject();

    public void Dispose() => _client?.Dispose();
}
