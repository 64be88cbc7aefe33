namespace EclipseConformance.Engine.Rules;

/// <summary>
/// When a payment/withdrawal callback is retried after a failed delivery (status ≥ 300, timeout or connection error),
/// fact sheet 6.3. Default (UK-RETRY): 1 s; 10 s ×2; 2 min ×2; 2 h ×3; 24 h ×19; 1 week ×4; then every 30 days for
/// ever. EFT-RETRY has 2 retries 1 s apart in step 1. Each delivery attempt is bounded by <see cref="AttemptTimeout"/>
/// (default 10 s, range 1 s–5 min). Rule file: <c>policies.callbackRetry</c> (<c>variant</c>, or <c>steps</c> +
/// <c>thenEvery</c> for a custom schedule).
/// </summary>
public sealed record CallbackRetryPolicy
{
    public static readonly IReadOnlyList<RetryStep> UkRetrySteps = Documented(stepOneTimes: 1);

    public static readonly IReadOnlyList<RetryStep> EftRetrySteps = Documented(stepOneTimes: 2);

    public CallbackRetryVariant Variant { get; init; } = CallbackRetryVariant.UkRetry;

    public IReadOnlyList<RetryStep> Steps { get; init; } = UkRetrySteps;

    /// <summary>After the steps are used up, retries continue at this interval for ever (default 30 days).</summary>
    public TimeSpan ThenEvery { get; init; } = TimeSpan.FromDays(30);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries before the open-ended phase (31 for UK-RETRY, 32 for EFT-RETRY).</summary>
    public int ScheduledRetries => Steps.Sum(s => s.Times);

    /// <summary>How long after the failed previous attempt retry number <paramref name="retry"/> (1-based) is made.</summary>
    public TimeSpan DelayBeforeRetry(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var remaining = retry;
        for (var i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            if (remaining <= step.Times)
            {
                return step.Every;
            }

            remaining -= step.Times;
        }

        return ThenEvery;
    }

    /// <summary>The delays of the first <paramref name="count"/> retries, in order.</summary>
    public IEnumerable<TimeSpan> Delays(int count)
    {
        for (var retry = 1; retry <= count; retry++)
        {
            yield return DelayBeforeRetry(retry);
        }
    }

    private static RetryStep[] Documented(int stepOneTimes) =>
    [
        new(TimeSpan.FromSeconds(1), stepOneTimes),
        new(TimeSpan.FromSeconds(10), 2),
        new(TimeSpan.FromMinutes(2), 2),
        new(TimeSpan.FromHours(2), 3),
        new(TimeSpan.FromHours(24), 19),
        new(TimeSpan.FromDays(7), 4),
    ];
}
