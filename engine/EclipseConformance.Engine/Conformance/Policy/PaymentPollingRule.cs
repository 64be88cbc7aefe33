namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// <c>paymentPolling</c>: poll <c>GET /payments/{id}</c> no faster than every <see cref="MinInterval"/> (5 s) and stop
/// <see cref="MaxDuration"/> (2 min) after the POST unless the payment was already seen final (S-VAS).
/// </summary>
public sealed record PaymentPollingRule
{
    public static readonly TimeSpan MinDuration = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan MaxSetting = TimeSpan.FromDays(1);

    public bool Enabled { get; init; } = true;

    public TimeSpan MinInterval { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(2);
}
