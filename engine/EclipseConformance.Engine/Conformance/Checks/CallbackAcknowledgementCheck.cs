using System.Globalization;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Conformance;

/// <summary><c>callbackAcknowledgement</c>: callbacks whose delivery attempts the channel did not answer with a 2xx.</summary>
public sealed class CallbackAcknowledgementCheck : IConformanceCheck
{
    public string Rule => ConformanceRuleIds.CallbackAcknowledgement;

    public string Title => "Acknowledge every callback with a 2xx";

    public ConformanceSource Source { get; } = new(
        "S-VAS (VAS Use Cases, spec/003) Asynchronous Callbacks — Retries; fact sheet 6.3 (UK-RETRY / EFT-RETRY)",
        "Asynchronous Callbacks — Retries; fact sheet 6.3 Callback retry schedule",
        "Eclipse will retry callbacks on non-2xx responses. Retries run indefinitely with back-off until the tenant answers with HTTP status < 300.");

    public bool Enabled(ConformancePolicy policy) => policy.CallbackAcknowledgement.Enabled;

    public IEnumerable<ConformanceFinding> Evaluate(ConformanceInput input, ConformancePolicy policy)
    {
        var min = policy.CallbackAcknowledgement.MinFailedAttempts;
        var creators = input.Calls
            .Where(c => c.Kind is CallKind.PaymentCreate or CallKind.WithdrawalCreate && c.Succeeded)
            .Select(c => (Call: c, Id: BodyFields.Long(c.Entry.ResponseBody, c.Kind == CallKind.PaymentCreate ? "paymentId" : "withdrawalId")))
            .Where(c => c.Id is not null)
            .GroupBy(c => c.Id!.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Call.Id, StringComparer.Ordinal);
        foreach (var attempts in input.Attempts.GroupBy(a => a.CallbackId))
        {
            var list = attempts.OrderBy(a => a.Attempt).ToList();
            var failed = list.Where(a => !a.Acknowledged && a.Outcome != "INTERRUPTED").ToList();
            if (failed.Count < min)
            {
                continue;
            }

            var first = list[0];
            var answers = string.Join(", ", failed.Take(10).Select(a => a.ResponseStatus is { } s ? s.ToString(CultureInfo.InvariantCulture) : a.Error ?? "no answer"));
            var delivered = list.FirstOrDefault(a => a.Acknowledged);
            var outcome = delivered is null ? "not acknowledged yet: Eclipse keeps retrying" : $"acknowledged on attempt {delivered.Attempt}";
            yield return new ConformanceFinding(Rule, first.TenantId, null, $"callback {first.CallbackId} ({first.Kind} {first.Reference})",
                $"{failed.Count} of {list.Count} attempt(s) to {first.Url} were not answered with a 2xx ({answers}); {outcome}",
                Timestamps.ToWire(list[^1].StartedMs), creators.TryGetValue(first.Reference, out var created) ? [created] : [], [first.CallbackId]);
        }
    }
}
