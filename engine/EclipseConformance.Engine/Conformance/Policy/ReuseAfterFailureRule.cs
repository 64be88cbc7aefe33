namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// <c>reuseAfterFailure</c>: after a payment or withdrawal was seen in one of <see cref="FailureStatuses"/>, a retry
/// needs a new externalUniqueId (S-VAS "allow retry with a new externalUniqueId").
/// </summary>
public sealed record ReuseAfterFailureRule
{
    public bool Enabled { get; init; } = true;

    public IReadOnlyList<string> FailureStatuses { get; init; } = ["FAILED", "ERROR", "ERROR_PERM", "ERROR_TEMP"];
}
