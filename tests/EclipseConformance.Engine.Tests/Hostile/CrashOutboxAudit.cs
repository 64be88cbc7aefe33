using System.Text;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Control.Activity;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// After a kill -9 and restart: the payment callbacks in the outbox and at the channel's receiver match the payments
/// the store holds. None lost (every final payment with a callbackUrl has exactly one callback, delivered), none
/// invented (every callback belongs to a stored payment and carries its final status), delivered at least once.
/// </summary>
internal static class CrashOutboxAudit
{
    private const int PageSize = 200;

    public static async Task VerifyAsync(EclipseClient sim, EclipseClient admin, long tenantId, CallbackReceiver receiver)
    {
        var callbacks = await DrainedAsync(sim, tenantId);
        callbacks.Should().NotBeEmpty("the storm's payments asked for callbacks");
        var byPayment = callbacks.GroupBy(c => c["reference"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (reference, rows) in byPayment)
        {
            rows.Should().ContainSingle($"payment {reference} reached a final state once, so it has one callback, not {rows.Count}");
            var payment = await admin.GetAsync($"tenants/{tenantId}/payments/{reference}");
            payment.Code.Should().Be(200, $"callback for payment {reference} must belong to a stored payment (no invented callbacks)");
            var body = JsonNode.Parse(rows[0]["body"]!.GetValue<string>())!;
            body["status"]!.GetValue<string>().Should().Be(payment.Json!["status"]!.GetValue<string>(), $"the callback for payment {reference} reports its final status");
            rows[0]["status"]!.GetValue<string>().Should().Be("DELIVERED", $"the receiver answers 200, so the callback for payment {reference} is delivered: {rows[0].ToJsonString()}");
        }

        var stored = (await sim.GetAsync($"/sim/v1/payments?tenantId={tenantId}&limit={ActivityApi.MaxPage}")).OkArray();
        stored.Count.Should().BeLessThan(ActivityApi.MaxPage, "the audit must see every payment of the storm");
        foreach (var payment in stored.Where(p => p!["callbackUrl"] is not null && p["status"]!.GetValue<string>() is "SUCCESSFUL" or "ERROR"))
        {
            var id = payment!["id"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture);
            byPayment.Should().ContainKey(id, $"final payment {id} asked for a callback (none lost in the crash)");
        }

        var delivered = receiver.Received.Select(r => JsonNode.Parse(Encoding.UTF8.GetString(r.Body))!["paymentId"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        delivered.Should().BeSubsetOf(byPayment.Keys, "the channel receives only callbacks the outbox holds");
        byPayment.Keys.Should().BeSubsetOf(delivered, "every outbox callback reached the channel at least once");
    }

    /// <summary>Every PAYMENT callback of the tenant once none is still pending (bounded patience).</summary>
    private static async Task<List<JsonNode>> DrainedAsync(EclipseClient sim, long tenantId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var all = await PagesAsync(sim, $"/sim/v1/callbacks?tenantId={tenantId}&kind=PAYMENT");
            if (all.All(c => c["status"]!.GetValue<string>() != "PENDING") || DateTime.UtcNow > deadline)
            {
                return all;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static async Task<List<JsonNode>> PagesAsync(EclipseClient client, string path)
    {
        var all = new List<JsonNode>();
        for (var offset = 0; ; offset += PageSize)
        {
            var page = (await client.GetAsync($"{path}&limit={PageSize}&offset={offset}")).OkArray();
            all.AddRange(page.Select(n => n!));
            if (page.Count < PageSize)
            {
                return all;
            }
        }
    }
}
