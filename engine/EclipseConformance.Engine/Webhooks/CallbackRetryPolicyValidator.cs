using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>Checks an explicit retry schedule: at most 64 steps, each 100 ms to 365 days and 1 to 10 000 retries.</summary>
public sealed class CallbackRetryPolicyValidator : IValidateOptions<CallbackRetryPolicy>
{
    public const int MaxSteps = 64;

    public ValidateOptionsResult Validate(string? name, CallbackRetryPolicy options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Profile))
        {
            failures.Add($"Webhooks:Retry:Profile '{options.Profile}' is not one of {string.Join(", ", Enum.GetNames<RetryProfile>())}");
        }

        if (options.Steps.Count > MaxSteps)
        {
            failures.Add($"Webhooks:Retry:Steps has {options.Steps.Count} steps; at most {MaxSteps} are allowed");
        }

        for (var i = 0; i < options.Steps.Count; i++)
        {
            var step = options.Steps[i];
            if (step.Delay < TimeSpan.FromMilliseconds(100) || step.Delay > TimeSpan.FromDays(365))
            {
                failures.Add($"Webhooks:Retry:Steps:{i}:Delay must be between 100 ms and 365 days");
            }

            if (step.Count is < 1 or > 10_000)
            {
                failures.Add($"Webhooks:Retry:Steps:{i}:Count must be between 1 and 10000");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
