namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// What the checks judge: the journaled Eclipse API calls (oldest first, classified), the callbacks' attempts (oldest
/// first), what the store says about the payments those calls created, and the virtual time of the report.
/// </summary>
public sealed class ConformanceInput(
    IReadOnlyList<ObservedCall> calls, IReadOnlyList<CallbackAttemptFact> attempts, IReadOnlyDictionary<long, PaymentStoreFact> payments, long nowMs)
{
    private ExternalIdTimeline? _timeline;

    public IReadOnlyList<ObservedCall> Calls => calls;

    public IReadOnlyList<CallbackAttemptFact> Attempts => attempts;

    public IReadOnlyDictionary<long, PaymentStoreFact> Payments => payments;

    public long NowMs => nowMs;

    /// <summary>POSTs sent again with an externalUniqueId already used, with what had been seen of it (built once).</summary>
    public ExternalIdTimeline Timeline => _timeline ??= ExternalIdTimeline.Build(calls);
}
