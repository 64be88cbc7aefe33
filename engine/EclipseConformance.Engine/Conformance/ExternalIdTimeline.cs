namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// Follows each (tenant, externalUniqueId) of payments and withdrawals through the journal: the POST that used it,
/// the statuses the channel was shown afterwards (POST answers and GETs of the created payment or withdrawal), and
/// every later POST with the same key, together with the last status the channel had seen before sending it.
/// </summary>
public sealed class ExternalIdTimeline
{
    private ExternalIdTimeline(IReadOnlyList<Repost> reposts) => Reposts = reposts;

    public IReadOnlyList<Repost> Reposts { get; }

    public static ExternalIdTimeline Build(IEnumerable<ObservedCall> calls)
    {
        var keys = new Dictionary<(long? Tenant, string Key), Seen>();
        var resources = new Dictionary<(bool Payment, long Id), (long?, string)>();
        var reposts = new List<Repost>();
        foreach (var call in calls)
        {
            switch (call.Kind)
            {
                case CallKind.PaymentCreate or CallKind.WithdrawalCreate:
                    if (BodyFields.String(call.Entry.RequestBody, "externalUniqueId") is not { Length: > 0 } key)
                    {
                        break;
                    }

                    var id = (call.TenantId, key);
                    if (keys.TryGetValue(id, out var seen))
                    {
                        reposts.Add(new Repost(call, seen.FirstPost, seen.Status, seen.StatusCall));
                    }
                    else
                    {
                        seen = new Seen(call);
                        keys[id] = seen;
                    }

                    if (call.Succeeded && BodyFields.String(call.Entry.ResponseBody, "status") is { } status)
                    {
                        seen.Status = status;
                        seen.StatusCall = call;
                        var payment = call.Kind == CallKind.PaymentCreate;
                        if (BodyFields.Long(call.Entry.ResponseBody, payment ? "paymentId" : "withdrawalId") is { } resource)
                        {
                            resources[(payment, resource)] = id;
                        }
                    }

                    break;
                case CallKind.PaymentGet or CallKind.WithdrawalGet when call.Succeeded:
                    if (resources.TryGetValue((call.Kind == CallKind.PaymentGet, call.ResourceId ?? 0), out var owner)
                        && BodyFields.String(call.Entry.ResponseBody, "status") is { } current)
                    {
                        keys[owner].Status = current;
                        keys[owner].StatusCall = call;
                    }

                    break;
            }
        }

        return new ExternalIdTimeline(reposts);
    }

    /// <summary>A POST that reused a key: the first POST with it, and the last status (and the call that showed it) before.</summary>
    public sealed record Repost(ObservedCall Call, ObservedCall FirstPost, string? LastStatus, ObservedCall? StatusCall);

    private sealed class Seen(ObservedCall first)
    {
        public ObservedCall FirstPost { get; } = first;

        public string? Status { get; set; }

        public ObservedCall? StatusCall { get; set; }
    }
}
