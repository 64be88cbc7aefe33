using EclipseConformance.Engine.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Tests.Webhooks;

public class CallbackRetryPolicyTests
{
    private static readonly TimeSpan S = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan M = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan H = TimeSpan.FromHours(1);
    private static readonly TimeSpan D = TimeSpan.FromDays(1);

    private static List<TimeSpan> Delays(CallbackRetryPolicy policy, int count) =>
        Enumerable.Range(1, count).Select(n => policy.DelayAfter(n)).ToList();

    [Fact]
    public void The_default_is_the_ukheshe_schedule_then_every_30_days_forever()
    {
        var policy = new CallbackRetryPolicy();
        List<TimeSpan> expected =
        [
            1 * S, 10 * S, 10 * S, 2 * M, 2 * M, 2 * H, 2 * H, 2 * H,
            .. Enumerable.Repeat(24 * H, 19), .. Enumerable.Repeat(7 * D, 4),
            30 * D, 30 * D, 30 * D,
        ];
        Delays(policy, expected.Count).Should().Equal(expected);
        Enumerable.Range(1, 31).Count(n => policy.DelayAfter(n) != 30 * D).Should().Be(31, "UK-RETRY has 31 retries before the monthly phase");
        policy.DelayAfter(10_000).Should().Be(30 * D);
    }

    [Fact]
    public void The_eftcorp_profile_retries_twice_after_one_second()
    {
        var policy = new CallbackRetryPolicy { Profile = RetryProfile.EftCorp };
        Delays(policy, 5).Should().Equal(1 * S, 1 * S, 10 * S, 10 * S, 2 * M);
        Enumerable.Range(1, 40).Count(n => policy.DelayAfter(n) != 30 * D).Should().Be(32);
    }

    [Fact]
    public void Explicit_steps_bound_from_configuration_replace_the_profile()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:Retry:Steps:0:Delay"] = "00:00:05",
            ["Webhooks:Retry:Steps:0:Count"] = "2",
            ["Webhooks:Retry:Steps:1:Delay"] = "00:01:00",
            ["Webhooks:Retry:ThenEvery"] = "01:00:00",
        }).Build();
        var policy = configuration.GetSection(CallbackRetryPolicy.Section).Get<CallbackRetryPolicy>()!;
        policy.Steps.Should().HaveCount(2);
        Delays(policy, 5).Should().Equal(5 * S, 5 * S, 1 * M, 1 * H, 1 * H);
    }

    [Fact]
    public void A_schedule_outside_the_limits_is_refused_with_the_step_named()
    {
        var validator = new CallbackRetryPolicyValidator();
        validator.Validate(null, new CallbackRetryPolicy()).Succeeded.Should().BeTrue();
        var bad = new CallbackRetryPolicy { Steps = [RetryStep.Of(TimeSpan.FromMilliseconds(10), 1), RetryStep.Of(1 * S, 0)] };
        var result = validator.Validate(null, bad);
        result.Failed.Should().BeTrue();
        result.Failures.Should().Contain(f => f.Contains("Steps:0:Delay", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("Steps:1:Count", StringComparison.Ordinal));
        validator.Validate(null, new CallbackRetryPolicy { Steps = [.. Enumerable.Range(0, 65).Select(_ => RetryStep.Of(S, 1))] })
            .Failed.Should().BeTrue();
    }

    [Fact]
    public void The_engine_refuses_to_start_with_an_invalid_retry_policy()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:Retry:Steps:0:Delay"] = "400.00:00:00",
        }).Build();
        services.AddWebhooks(configuration);
        using var provider = services.BuildServiceProvider();
        var read = () => provider.GetRequiredService<IOptions<CallbackRetryPolicy>>().Value;
        read.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Steps:0:Delay");
    }
}
