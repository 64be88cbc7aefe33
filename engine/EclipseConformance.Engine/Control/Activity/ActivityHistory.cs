using System.Globalization;
using EclipseConformance.Engine.Conformance;
using EclipseConformance.Engine.Control.Journal;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Control.Activity;

/// <summary>
/// A payment's or withdrawal's state history, put together from what the engine records anyway: the row (creation and
/// the state now), the request journal (each call about it and the status it answered), the callbacks outbox (each
/// delivery attempt) and, for withdrawals, the token/SMS tasks. Oldest first.
/// </summary>
public sealed class ActivityHistory(ActivityQuery query, RequestJournal journal, CallbackInspection callbacks)
{
    public const int MaxJournalEvents = 200;

    public async Task<ActivityRow?> PaymentAsync(long id, CancellationToken ct) =>
        await query.PaymentAsync(id, ct) is { } row ? row with { History = await HistoryAsync(row, "/payments/", "paymentId", [], ct) } : null;

    public async Task<ActivityRow?> WithdrawalAsync(long id, CancellationToken ct) =>
        await query.WithdrawalAsync(id, ct) is { } row ? row with { History = await HistoryAsync(row, "/withdrawals/", "withdrawalId", await query.WithdrawalTasksAsync(id, ct), ct) } : null;

    private async Task<IReadOnlyList<ActivityEvent>> HistoryAsync(ActivityRow row, string segment, string idField, IReadOnlyList<ActivityEvent> tasks, CancellationToken ct)
    {
        var id = row.Id.ToString(CultureInfo.InvariantCulture);
        var createdMs = Ms(row.Created);
        var events = new List<ActivityEvent> { new(row.Created, createdMs, "store", $"{row.Kind.ToLowerInvariant()} created", null) };
        var calls = journal.Query(
            e => e.Path.EndsWith(segment + id, StringComparison.Ordinal)
                || (e.Method == "POST" && e.Status is >= 200 and < 300 && BodyFields.Long(e.ResponseBody, idField) == row.Id),
            MaxJournalEvents);
        events.AddRange(calls.Select(e => new ActivityEvent(
            Timestamps.ToWire(e.AtMs), e.AtMs, "journal", $"{e.Method} {e.Path} → {e.Status}{(e.ErrorCode is null ? "" : " " + e.ErrorCode)}",
            BodyFields.String(e.ResponseBody, "status") + (idField == "paymentId" && BodyFields.HasValue(e.ResponseBody, "extraInfo") ? " + extraInfo" : ""), e.Id)));
        events.AddRange(tasks);
        foreach (var callback in await callbacks.ListAsync(new CallbackFilter(row.TenantId, null, id, row.Kind, 20, 0), ct))
        {
            var createdAt = Ms(callback.CreatedAt);
            events.Add(new ActivityEvent(callback.CreatedAt, createdAt, "callback", $"callback {callback.CallbackId} queued for {callback.Url}",
                BodyFields.String(callback.Body, "status"), CallbackId: callback.CallbackId));
            events.AddRange(callback.Attempts.Select(a => new ActivityEvent(a.StartedAt, a.StartedMs, "callback",
                $"callback attempt {a.Attempt}: {a.Outcome}{(a.ResponseStatus is { } s ? " (HTTP " + s.ToString(CultureInfo.InvariantCulture) + ")" : "")}{(a.Error is null ? "" : " " + a.Error)}",
                null, CallbackId: callback.CallbackId)));
        }

        var state = row.State is null ? row.Status : $"{row.Status} (state {row.State})";
        events.Add(new ActivityEvent(row.LastModified, Ms(row.LastModified), "store", "last change: status now", state));
        return events.OrderBy(e => e.AtMs).ThenBy(e => e.Source == "store" && e.What.StartsWith("last", StringComparison.Ordinal) ? 1 : 0).ToList();
    }

    private static long Ms(string wire) => DateTimeOffset.Parse(wire, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
}
