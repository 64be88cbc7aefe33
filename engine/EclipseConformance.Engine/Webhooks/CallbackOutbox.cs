using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// The durable callback outbox (issue 8, ADR 0010): the one way a feature sends a callback. Call
/// <see cref="EnqueueAsync"/> INSIDE the write transaction that makes the state change, then <see cref="Nudge"/> after
/// the commit:
/// <code>
/// await using var tx = await Database.BeginWriteAsync(connection, ct);
/// // ... change the withdrawal's state ...
/// await outbox.EnqueueAsync(connection, tx, new CallbackMessage(tenantId, callbackUrl, json, "WITHDRAWAL", withdrawalId), ct);
/// await tx.CommitAsync(ct);
/// outbox.Nudge();
/// </code>
/// Rolled back with the state change, the callback never existed; committed, it is delivered (signed, with the tenant's
/// extra headers) until the receiver answers &lt; 300, across crashes and restarts, at least once and never by two
/// instances at the same time. Without a nudge the dispatcher still finds it within <see cref="WebhooksOptions.PollInterval"/>.
/// Check a caller-supplied <c>callbackUrl</c> with <see cref="IsValidUrl"/> before accepting the request: an invalid
/// message is a bug in the producer and throws <see cref="ArgumentException"/>.
/// </summary>
public sealed partial class CallbackOutbox(CallbackStore store, CallbackSignal signal, TimeProvider time, IOptionsMonitor<WebhooksOptions> options)
{
    public const int MaxUrlLength = 2_048;
    public const int MaxReferenceLength = 200;

    /// <summary>Longest first-attempt delay a message may ask for (one day).</summary>
    public const long MaxDelayMs = 86_400_000;

    /// <summary>Writes the callback in the caller's transaction (due at once) and returns its id; the caller commits.</summary>
    public Task<long> EnqueueAsync(DbConnection connection, DbTransaction transaction, CallbackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(message);
        if (!IsValidUrl(message.Url))
        {
            throw new ArgumentException($"Callback URL must be an absolute http(s) URL of at most {MaxUrlLength} characters", nameof(message));
        }

        if (message.Kind is null || !KindPattern().IsMatch(message.Kind))
        {
            throw new ArgumentException("Callback kind must be 1-40 characters of A-Z, 0-9 and _ (e.g. WITHDRAWAL)", nameof(message));
        }

        if (string.IsNullOrEmpty(message.Reference) || message.Reference.Length > MaxReferenceLength)
        {
            throw new ArgumentException($"Callback reference must be 1-{MaxReferenceLength} characters", nameof(message));
        }

        if (message.DelayMs is < 0 or > MaxDelayMs)
        {
            throw new ArgumentException($"Callback delay must be 0-{MaxDelayMs} ms", nameof(message));
        }

        var maxBody = options.CurrentValue.MaxBodyBytes;
        if (message.Body is null || Encoding.UTF8.GetByteCount(message.Body) > maxBody)
        {
            throw new ArgumentException($"Callback body must be given and at most {maxBody} bytes", nameof(message));
        }

        return store.InsertAsync(connection, transaction, message, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
    }

    /// <summary>Wakes the dispatcher now (call after the commit). Cheap, never blocks, safe to call often.</summary>
    public void Nudge() => signal.Nudge();

    /// <summary>An absolute http or https URL without credentials, at most <see cref="MaxUrlLength"/> characters.</summary>
    public static bool IsValidUrl(string? url) =>
        url is { Length: > 0 and <= MaxUrlLength }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.UserInfo.Length == 0
        && uri.Host.Length > 0;

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex KindPattern();
}
