using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EclipseConformance.Engine.Ledger;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// Wallet-movement notifications (WMN, fact sheet 6.4; ADR 0039). Eclipse configures them per wallet type
/// (<c>walletMovementWebhookUrl</c>, optional <c>walletMovementWebhookDelayMs</c>); the simulator's wallet types are
/// fixed, so it reads the same names as tenant config items suffixed with the wallet type id
/// (<c>walletMovementWebhookUrl.5001</c>, <c>walletMovementWebhookDelayMs.5001</c>; tenant first, then global). Every
/// entry an applied posting writes to a wallet of a configured type enqueues one notification in the posting's own
/// transaction, through the durable callback outbox (signed like any callback). It is sent asynchronously, once, when the
/// dispatcher next scans (at most its poll interval later) plus the delay; a failed attempt is retried only under
/// policy <c>conflicts.walletMovementNotifications: RETRY_WITH_BACKOFF</c>. The payload is the simulator's choice.
/// </summary>
public sealed class WalletMovementNotifier(ITenantConfig config, CallbackOutbox outbox)
{
    /// <summary>The outbox kind of these notifications.</summary>
    public const string Kind = "WALLET_MOVEMENT";

    public const string UrlKey = "walletMovementWebhookUrl";

    public const string DelayKey = "walletMovementWebhookDelayMs";

    /// <summary>Enqueues the notifications of the applied postings (<paramref name="postingIds"/> in <c>Applied</c> order).</summary>
    internal async Task EnqueueAsync(
        DbConnection connection, DbTransaction transaction, LedgerBatch decided, IReadOnlyDictionary<long, WalletState> wallets, long[] postingIds,
        long nowMs, CancellationToken cancellationToken)
    {
        for (var i = 0; i < postingIds.Length; i++)
        {
            var (_, request, entries) = decided.Applied[i];
            if (request.Kind == PostingKind.Reset)
            {
                continue; // a world reset restores balances; it is not a movement anyone made
            }

            foreach (var entry in entries)
            {
                if (!wallets.TryGetValue(entry.WalletId, out var wallet)
                    || await SettingAsync(wallet, UrlKey, cancellationToken) is not { } url || !CallbackOutbox.IsValidUrl(url))
                {
                    continue;
                }

                var delay = long.TryParse(await SettingAsync(wallet, DelayKey, cancellationToken), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                    ? Math.Min(ms, CallbackOutbox.MaxDelayMs)
                    : 0;
                var body = Body(wallet, request, entry, postingIds[i], nowMs);
                var reference = string.Create(CultureInfo.InvariantCulture, $"{postingIds[i]}:{wallet.WalletId}");
                await outbox.EnqueueAsync(connection, transaction, new CallbackMessage(wallet.TenantId, url, body, Kind, reference) { DelayMs = delay }, cancellationToken);
            }
        }
    }

    private async ValueTask<string?> SettingAsync(WalletState wallet, string name, CancellationToken cancellationToken)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{name}.{wallet.WalletTypeId}");
        return await config.GetAsync(wallet.TenantId, key, cancellationToken) ?? await config.GetAsync(0, key, cancellationToken);
    }

    /// <summary>The simulator's payload (Eclipse's is undocumented): the wallet, the signed amount and the balance after.</summary>
    internal static string Body(WalletState wallet, PostingRequest request, EntryDraft entry, long postingId, long nowMs)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("tenantId", wallet.TenantId);
            json.WriteNumber("walletId", wallet.WalletId);
            json.WriteNumber("walletTypeId", wallet.WalletTypeId);
            if (wallet.CustomerId is { } customerId)
            {
                json.WriteNumber("customerId", customerId);
            }

            json.WriteNumber("transactionId", postingId);
            json.WriteString("type", request.Kind);
            WriteAmount(json, "amount", entry.Amount);
            WriteAmount(json, "balance", entry.BalanceAfter);
            json.WriteString("currency", entry.Currency);
            if (entry.OtherWalletId is { } other)
            {
                json.WriteNumber("otherWalletId", other);
            }

            WriteOptional(json, "description", request.Description);
            WriteOptional(json, "externalUniqueId", request.ExternalUniqueId);
            WriteOptional(json, "externalId", request.ExternalId);
            json.WriteString("date", Timestamps.ToWire(nowMs));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Scale 9, as Eclipse writes amounts (<c>13.000000000</c>).</summary>
    private static void WriteAmount(Utf8JsonWriter json, string name, long nanos)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(new Money(nanos).ToDecimal().ToString("0.000000000", CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
