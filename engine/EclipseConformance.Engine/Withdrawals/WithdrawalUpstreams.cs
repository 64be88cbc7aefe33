using System.Globalization;
using System.Text.Json;
using EclipseConformance.Engine.Control;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Simulators.AtmNetwork;
using EclipseConformance.Simulators.Sms;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// The two upstream calls of a cash token, over real HTTP to the simulators' base URLs: register the token with the
/// ATM/retail network (so a terminal can redeem it and ask the engine to authorise), and SMS it to deliverToPhone.
/// Each call is bounded by <see cref="WithdrawalsOptions.UpstreamTimeout"/> on the engine's clock, as VAS provider calls
/// are (ADR 0043): a virtual clock moved past it times the call out; HttpClient's own timeout stays as a real-time backstop.
/// A 2xx whose body is not a JSON object (empty, cut off) is a failed attempt and is tried again, not taken as delivered
/// (ADR 0045): both calls carry the withdrawal's reference, so the network and the gateway take a repeat as a replay.
/// </summary>
public sealed class WithdrawalUpstreams(
    IHttpClientFactory clients,
    SimulatorEndpoints endpoints,
    EngineAddress engine,
    GatewayKey key,
    IPolicies policies,
    IOptionsMonitor<WithdrawalsOptions> options,
    TimeProvider time)
{
    public const string HttpClientName = "withdrawals-upstream";

    public async Task<DeliveryAttempt> RegisterAsync(Withdrawal w, CancellationToken cancellationToken)
    {
        if (!options.CurrentValue.RegisterTokens || !endpoints.TryGetBaseUrl(AtmNetworkSimulator.SimulatorName, out var atm))
        {
            return DeliveryAttempt.Done("no ATM network simulator is running: the token is redeemable on the control plane only");
        }

        var id = w.WithdrawalId.ToString(CultureInfo.InvariantCulture);
        var body = new
        {
            reference = id,
            gateway = w.Gateway,
            token = w.Token,
            phone = w.DeliverToPhone,
            amount = new Money(w.Amount).ToDecimal(),
            currency = w.Currency,
            expires = w.ExpiresMs is { } ms ? Timestamps.ToWire(ms) : null,
            authoriseUrl = $"{engine.BaseUrl}{EclipseApi.ControlPath}/withdrawals/{id}/redeem",
            authoriseKey = key.Value,
        };
        return await PostAsync(new Uri(atm!, "/atm/tokens"), body, "the ATM network", cancellationToken);
    }

    public async Task<DeliveryAttempt> SendSmsAsync(Withdrawal w, CancellationToken cancellationToken)
    {
        if (!endpoints.TryGetBaseUrl(SmsGatewaySimulator.SimulatorName, out var sms))
        {
            return DeliveryAttempt.Done("no SMS gateway simulator is running: the SMS was not sent");
        }

        var p = policies.Current;
        var body = new
        {
            to = w.DeliverToPhone,
            from = options.CurrentValue.SmsSender,
            message = SmsText.For(w, p.WithdrawalTypes.GetValueOrDefault(w.Type), p.WithdrawalLimit.TimeZone),
            reference = "withdrawal-" + w.WithdrawalId.ToString(CultureInfo.InvariantCulture),
        };
        return await PostAsync(new Uri(sms!, "/sms/send"), body, "the SMS gateway", cancellationToken);
    }

    private async Task<DeliveryAttempt> PostAsync(Uri url, object body, string upstream, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(HttpClientName);
        var timeout = options.CurrentValue.UpstreamTimeout;
        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            using var response = await client.PostAsJsonAsync(url, body, linked.Token);
            var text = await response.Content.ReadAsStringAsync(linked.Token);
            var status = (int)response.StatusCode;
            var summary = string.Create(CultureInfo.InvariantCulture, $"{upstream} answered {status}: {Cut(text)}");
            return status switch
            {
                >= 200 and < 300 when !IsJsonObject(text) => DeliveryAttempt.Failed(
                    string.Create(CultureInfo.InvariantCulture, $"{upstream} answered {status} without a readable body: {Cut(text)}")),
                >= 200 and < 300 => DeliveryAttempt.Done(summary, Cut(text)),
                408 or 429 or >= 500 => DeliveryAttempt.Failed(summary),
                _ => DeliveryAttempt.Refused(summary),
            };
        }
        catch (HttpRequestException ex)
        {
            return DeliveryAttempt.Failed($"{upstream} could not be reached: {ex.Message}");
        }
        catch (IOException ex)
        {
            return DeliveryAttempt.Failed($"{upstream} failed while answering: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryAttempt.Failed(string.Create(CultureInfo.InvariantCulture, $"{upstream} did not answer within {timeout.TotalMilliseconds} ms"));
        }
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
