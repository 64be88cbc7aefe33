using EclipseConformance.Engine.Control.Journal;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// Builds the conformance report on demand: the journal's calls since <c>since</c> (virtual time), the callbacks'
/// attempts, the active rule set's <see cref="ConformancePolicy"/>; each enabled check runs over them, findings are
/// filtered to the tenant asked for and capped per rule.
/// </summary>
public sealed class ConformanceEvaluator(
    RequestJournal journal, ConformanceStoreReads store, IPolicies policies, TimeProvider time, IOptions<ConformanceOptions> options, IEnumerable<IConformanceCheck> checks)
{
    public async Task<ConformanceReport> EvaluateAsync(long? tenantId, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var snapshot = policies.Current;
        var policy = snapshot.Conformance;
        var sinceMs = since?.ToUnixTimeMilliseconds() ?? long.MinValue;
        var entries = journal.Query(e => e.AtMs >= sinceMs, Math.Max(journal.Capacity, 1));
        var calls = entries.Reverse().Select(ObservedCall.Classify).ToList();
        var attempts = await store.AttemptsAsync(since is null ? 0 : sinceMs, tenantId, options.Value.MaxCallbackAttempts, cancellationToken);
        var created = calls.Where(c => c.Kind == CallKind.PaymentCreate && c.Succeeded)
            .Select(c => BodyFields.Long(c.Entry.ResponseBody, "paymentId")).OfType<long>().ToHashSet();
        var payments = policy.SuccessfulWithoutExtraInfo.Enabled ? await store.PaymentsAsync(created, cancellationToken) : new Dictionary<long, PaymentStoreFact>();
        var input = new ConformanceInput(calls, attempts, payments, time.GetUtcNow().ToUnixTimeMilliseconds());

        var cap = options.Value.MaxFindingsPerRule;
        var rules = new List<ConformanceRuleReport>();
        foreach (var check in checks)
        {
            var enabled = check.Enabled(policy);
            var findings = enabled
                ? check.Evaluate(input, policy).Where(f => tenantId is null || f.TenantId == tenantId).ToList()
                : [];
            var status = !enabled ? "DISABLED" : findings.Count == 0 ? "PASS" : "FAIL";
            rules.Add(new ConformanceRuleReport(check.Rule, check.Title, status, check.Source, ConformancePolicyWriter.Rule(policy, check.Rule), findings.Count, findings.Take(cap).ToList()));
        }

        var total = rules.Sum(r => r.FindingCount);
        return new ConformanceReport(
            Timestamps.ToWire(input.NowMs),
            tenantId,
            since is null ? null : Timestamps.ToWire(since.Value),
            calls.Count > 0 ? Timestamps.ToWire(calls[0].AtMs) : null,
            calls.Count,
            journal.Capacity,
            snapshot.Version,
            total == 0,
            total,
            rules);
    }
}
