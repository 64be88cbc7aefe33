using System.Text.Json.Nodes;
using EclipseConformance.TestKit;

namespace EclipseConformance.Features.Drivers;

/// <summary>
/// The withdrawal parts of the control plane (<c>/sim/v1</c>): the SMS inbox, a customer at a terminal of the ATM
/// network simulator, and rule-file behaviours (a runtime rule document, removed when the scenario ends).
/// </summary>
public sealed class WithdrawalControl(EclipseApi api) : IDisposable
{
    private EclipseClient? _client;
    private bool _rulesChanged;

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

    public async Task<JsonArray> SmsInboxAsync(string phone)
    {
        var inbox = await Client.GetAsync($"/sim/v1/sms?to={Uri.EscapeDataString(phone)}");
        inbox.Code.Should().Be(200, inbox.Text);
        return inbox.Json!.AsArray();
    }

    /// <summary>Keys a token and phone into an ATM of the network simulator: the network's HTTP status and answer.</summary>
    public async Task<(int Status, JsonObject Answer)> CashOutAsync(string gateway, string token, string phone)
    {
        var response = await Client.PostAsync("/sim/v1/atm/cash-out", new { gateway, token, phone, terminalId = "SPEC-ATM-01" });
        response.Code.Should().Be(200, response.Text);
        return (response.Json!["networkStatus"]!.GetValue<int>(), response.Json["answer"]!.AsObject());
    }

    /// <summary>Layers one rule document over the running rule set until the scenario ends.</summary>
    public async Task PutRulesAsync(string json)
    {
        var response = await Client.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", json);
        response.Code.Should().Be(200, response.Text);
        _rulesChanged = true;
    }

    public async Task ResetRulesAsync()
    {
        if (_rulesChanged)
        {
            (await Client.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
            _rulesChanged = false;
        }
    }

    public void Dispose() => _client?.Dispose();
}
