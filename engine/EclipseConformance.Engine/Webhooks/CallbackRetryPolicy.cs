using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// When a failed callback is tried again (section <c>Webhooks:Retry</c>). Retries never stop: after the listed steps the
/// callback is retried every <see cref="ThenEvery"/> until the receiver answers &lt; 300. A plain options class, read
/// afresh at every scheduling decision, so the rule engine may rebind it at run time (ADR 0010).
/// </summary>
public sealed class CallbackRetryPolicy
{
    public const string Section = "Webhooks:Retry";

    /// <summary>Which documented schedule applies when <see cref="Steps"/> is empty. Default: UK-RETRY.</summary>
    public RetryProfile Profile { get; set; } = RetryProfile.Ukheshe;

    /// <summary>An explicit schedule; when non-empty it replaces the profile's steps.</summary>
    public List<RetryStep> Steps { get; set; } = [];

    /// <summary>The interval after the last step, forever.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan ThenEvery { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The steps in force: <see cref="Steps"/> when given, else the profile's.</summary>
    public IReadOnlyList<RetryStep> EffectiveSteps => Steps.Count > 0 ? Steps : ProfileSteps(Profile);

    /// <summary>
    /// The wait before the next attempt after <paramref name="failures"/> consecutive failures (1 = the first attempt
    /// failed). UK-RETRY gives 1 s, 10 s, 10 s, 2 min, 2 min, 2 h ×3, 24 h ×19, 7 d ×4, then 30 d.
    /// </summary>
    public TimeSpan DelayAfter(long failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var remaining = failures;
        foreach (var step in EffectiveSteps)
        {
            if (remaining <= step.Count)
            {
                return step.Delay;
            }

            remaining -= step.Count;
        }

        return ThenEvery;
    }

    public static IReadOnlyList<RetryStep> ProfileSteps(RetryProfile profile) =>
    [
        RetryStep.Of(TimeSpan.FromSeconds(1), profile == RetryProfile.EftCorp ? 2 : 1),
        RetryStep.Of(TimeSpan.FromSeconds(10), 2),
        RetryStep.Of(TimeSpan.FromMinutes(2), 2),
        RetryStep.Of(TimeSpan.FromHours(2), 3),
        RetryStep.Of(TimeSpan.FromHours(24), 19),
        RetryStep.Of(TimeSpan.FromDays(7), 4),
    ];
}
