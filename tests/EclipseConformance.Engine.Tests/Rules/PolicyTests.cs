using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Tests.Rules;

public class PolicyTests
{
    [Fact]
    public void The_default_callback_schedule_is_the_documented_UK_RETRY_schedule_then_every_30_days()
    {
        var policy = new CallbackRetryPolicy();
        var expected = new List<TimeSpan> { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2) };
        expected.AddRange(Enumerable.Repeat(TimeSpan.FromHours(2), 3));
        expected.AddRange(Enumerable.Repeat(TimeSpan.FromHours(24), 19));
        expected.AddRange(Enumerable.Repeat(TimeSpan.FromDays(7), 4));
        expected.AddRange(Enumerable.Repeat(TimeSpan.FromDays(30), 3));
        policy.Delays(34).Should().Equal(expected);
        policy.ScheduledRetries.Should().Be(31);
    }

    [Fact]
    public void A_rule_file_switches_to_EFT_RETRY_with_two_one_second_retries_first()
    {
        var policy = RuleTestFiles.BuildValid(("r.yaml", "version: 1\npolicies: {callbackRetry: {variant: EFT_RETRY}}\n")).Policies.CallbackRetry;
        policy.Delays(4).Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        policy.ScheduledRetries.Should().Be(32);
    }

    [Fact]
    public void A_custom_retry_schedule_is_data()
    {
        var policy = RuleTestFiles.BuildValid(("r.yaml", "version: 1\npolicies:\n  callbackRetry:\n    steps: [{every: 500ms, times: 2}, {every: 1m, times: 1}]\n    thenEvery: 1h\n")).Policies.CallbackRetry;
        policy.Variant.Should().Be(CallbackRetryVariant.Custom);
        policy.Delays(5).Should().Equal(TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.FromHours(1));
    }

    [Theory]
    [InlineData("2026-03-31T21:59:59Z", "2026-02-28T22:00:00Z", "2026-03-31T22:00:00Z")]
    [InlineData("2026-03-31T22:00:00Z", "2026-03-31T22:00:00Z", "2026-04-30T22:00:00Z")]
    [InlineData("2026-12-31T23:30:00Z", "2026-12-31T22:00:00Z", "2027-01-31T22:00:00Z")]
    public void The_withdrawal_window_is_the_calendar_month_in_Johannesburg(string now, string start, string end)
    {
        var window = new WithdrawalLimitPolicy().WindowAt(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        window.Should().Be((DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_withdrawal_limit_counts_pending_and_successful_by_default_and_a_rule_file_changes_it()
    {
        var defaults = new WithdrawalLimitPolicy();
        defaults.Counts("PENDING").Should().BeTrue();
        defaults.Counts("SUCCESSFUL").Should().BeTrue();
        defaults.Counts("CANCELLED").Should().BeFalse();

        var policy = RuleTestFiles.BuildValid(("r.yaml", "version: 1\npolicies:\n  withdrawalLimit: {amount: \"5000.50\", countedStatuses: [SUCCESSFUL], window: ROLLING_30_DAYS}\n")).Policies.WithdrawalLimit;
        policy.Amount.Should().Be(5000.50m);
        policy.Counts("PENDING").Should().BeFalse();
        var now = new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero);
        policy.WindowAt(now).Should().Be((now.AddDays(-30), now));
    }

    [Fact]
    public void Every_conflict_setting_is_read_from_the_rule_file()
    {
        var conflicts = RuleTestFiles.BuildValid(("r.yaml", """
            version: 1
            policies:
              conflicts:
                frontierWebCompletion: SYNC
                vasFailureStatuses: ERROR_PERM_TEMP
                badLoginCode: SEC005
                integratorPasswordLogin: false
                externalUniqueIdScope: TENANT
                dateOfBirthFormat: yyyy-MM-dd
                walletMovementNotifications: RETRY_WITH_BACKOFF
                hmacSignatureInput: BODY
            """)).Policies.Conflicts;
        conflicts.Should().Be(new ConflictSettings
        {
            FrontierWebCompletion = FrontierWebCompletion.Sync,
            VasFailureStatuses = VasFailureStatuses.ErrorPermTemp,
            BadLoginCode = BadLoginCode.Sec005,
            IntegratorPasswordLogin = false,
            ExternalUniqueIdScope = ExternalUniqueIdScope.Tenant,
            DateOfBirthFormat = DateOfBirthFormat.Iso,
            WalletMovementNotifications = WalletMovementDelivery.RetryWithBackoff,
            HmacSignatureInput = HmacSignatureInput.Body,
        });
        conflicts.BadLoginErrorCode.Should().Be("SEC005");
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("10s", 10_000)]
    [InlineData("15m", 900_000)]
    [InlineData("2h", 7_200_000)]
    [InlineData("30d", 2_592_000_000)]
    [InlineData("1w", 604_800_000)]
    public void Durations_parse_and_format_round_trip(string text, long milliseconds)
    {
        Durations.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(TimeSpan.FromMilliseconds(milliseconds));
        Durations.Format(value).Should().Be(text);
    }
}
