namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// <c>retryAfterPending</c>: a POST (payment or withdrawal) must not be sent again with the same externalUniqueId once
/// an answer showed one of <see cref="Statuses"/> (default PENDING; S-VAS "Do not retry the POST").
/// </summary>
public sealed record RetryAfterPendingRule
{
    public bool Enabled { get; init; } = true;

    public IReadOnlyList<string> Statuses { get; init; } = ["PENDING"];
}
