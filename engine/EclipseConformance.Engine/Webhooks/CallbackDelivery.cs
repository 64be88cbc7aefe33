using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EclipseConformance.Engine.Primitives;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// Makes one attempt on a claimed callback: signs it for this attempt's timestamp, POSTs the exact body through the
/// named <see cref="HttpClientName"/> client (no redirects, no retry handlers: the outbox is the retry), bounds the wait
/// with the callback-retry policy's attempt timeout on the injected clock, and records the attempt and the callback's
/// next state. Status &lt; 300 is success; status ≥ 300, a timeout or a connection error is a failure retried on
/// callback-retry policy's schedule (<c>policies.callbackRetry</c> in the rule files).
/// </summary>
public sealed partial class CallbackDelivery(
    IHttpClientFactory clients,
    CallbackHeaders headers,
    CallbackStore store,
    TimeProvider time,
    IRandomSource random,
    IOptionsMonitor<WebhooksOptions> options,
    Rules.IPolicies policies,
    ILogger<CallbackDelivery> logger)
{
    public const string HttpClientName = "EclipseCallbacks";

    /// <summary>This engine instance's name in leases and attempt records.</summary>
    public string InstanceId { get; } = "engine-" + Hex(random, 4);

    /// <summary>A fresh lease token.</summary>
    public string NewClaimToken() => Hex(random, 12);

    public async Task<AttemptOutcome> AttemptAsync(ClaimedCallback claim, AttemptTrigger trigger, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var o = options.CurrentValue;
        var startedMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        var outbound = await headers.BuildAsync(claim.TenantId, claim.Body, startedMs, CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Post, claim.Url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(claim.Body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var sent = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        foreach (var (name, value) in outbound.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }

            sent[name] = sent.TryGetValue(name, out var earlier) ? $"{earlier}, {value}" : value;
        }

        var result = await SendAsync(request, o, stopping);
        var finishedMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        var next = result.Outcome switch
        {
            AttemptOutcome.Succeeded => new CallbackTransition(CallbackStatus.Delivered, 0, null, finishedMs),
            AttemptOutcome.Interrupted => new CallbackTransition(CallbackStatus.Pending, claim.Failures, finishedMs, null),
            _ when claim.Kind == WalletMovementNotifier.Kind
                && policies.Current.Conflicts.WalletMovementNotifications == Rules.WalletMovementDelivery.SingleAttempt =>
                new CallbackTransition(CallbackStatus.NotRetried, claim.Failures + 1, null, null),
            _ => new CallbackTransition(
                CallbackStatus.Pending,
                claim.Failures + 1,
                finishedMs + (long)policies.Current.CallbackRetry.DelayBeforeRetry((int)Math.Min(claim.Failures + 1, int.MaxValue)).TotalMilliseconds,
                null),
        };
        var attempt = new AttemptRecord(
            trigger, result.Outcome, startedMs, claim.Url, JsonSerializer.Serialize(sent, WebhooksJsonContext.Default.DictionaryStringString),
            result.Status, result.Body, result.LatencyMs, result.Error, Join(outbound.Note, result.Note), InstanceId);
        var held = await store.RecordAsync(claim, attempt, next, finishedMs, o.MaxAttemptsKept, CancellationToken.None);
        if (!held)
        {
            LogLeaseLost(logger, claim.CallbackId);
        }
        else if (result.Outcome == AttemptOutcome.Succeeded)
        {
            LogDelivered(logger, claim.CallbackId, claim.Kind, result.Status ?? 0);
        }
        else if (result.Outcome == AttemptOutcome.Failed && next.NextAttemptMs is null)
        {
            LogNotRetried(logger, claim.CallbackId, claim.Kind, result.Error ?? "");
        }
        else if (result.Outcome == AttemptOutcome.Failed)
        {
            LogFailed(logger, claim.CallbackId, claim.Kind, result.Error ?? "", Timestamps.ToWire(next.NextAttemptMs!.Value));
        }

        return result.Outcome;
    }

    private async Task<SendResult> SendAsync(HttpRequestMessage request, WebhooksOptions o, CancellationToken stopping)
    {
        var started = time.GetTimestamp();
        var attemptTimeout = policies.Current.CallbackRetry.AttemptTimeout;
        using var timeout = new CancellationTokenSource(attemptTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stopping);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return new SendResult(AttemptOutcome.Interrupted, null, null, Elapsed(started), "interrupted: the engine stopped during the attempt", null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new SendResult(AttemptOutcome.Failed, null, null, Elapsed(started), Invariant($"timed out after {(long)attemptTimeout.TotalMilliseconds} ms"), null);
        }
        catch (HttpRequestException ex)
        {
            return new SendResult(AttemptOutcome.Failed, null, null, Elapsed(started), Invariant($"{ex.HttpRequestError}: {ex.Message}"), null);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            string? body = null;
            string? note = null;
            try
            {
                body = await ReadCappedAsync(response.Content, o.MaxStoredResponseChars, linked.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or IOException)
            {
                note = "response body not read: " + (ex is OperationCanceledException ? "timed out" : ex.Message);
            }

            var outcome = status < 300 ? AttemptOutcome.Succeeded : AttemptOutcome.Failed;
            var error = outcome == AttemptOutcome.Failed ? Invariant($"receiver answered {status}") : null;
            return new SendResult(outcome, status, body, Elapsed(started), error, note);
        }
    }

    private long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;

    private static async Task<string?> ReadCappedAsync(HttpContent content, int maxChars, CancellationToken cancellationToken)
    {
        if (maxChars == 0)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[maxChars];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, read);
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : $"{a}; {b}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Hex(IRandomSource random, int bytes)
    {
        Span<byte> buffer = stackalloc byte[bytes];
        random.Fill(buffer);
        return Convert.ToHexStringLower(buffer);
    }

    private sealed record SendResult(AttemptOutcome Outcome, int? Status, string? Body, long LatencyMs, string? Error, string? Note);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Callback {CallbackId} ({Kind}) delivered: receiver answered {Status}")]
    private static partial void LogDelivered(ILogger logger, long callbackId, string kind, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback {CallbackId} ({Kind}) failed ({Error}); next attempt at {Next}")]
    private static partial void LogFailed(ILogger logger, long callbackId, string kind, string error, string next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback {CallbackId} ({Kind}) failed ({Error}); sent once, not retried")]
    private static partial void LogNotRetried(ILogger logger, long callbackId, string kind, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Callback {CallbackId}: the lease was lost during the attempt; the attempt is recorded, the state is left to the new holder")]
    private static partial void LogLeaseLost(ILogger logger, long callbackId);
}
