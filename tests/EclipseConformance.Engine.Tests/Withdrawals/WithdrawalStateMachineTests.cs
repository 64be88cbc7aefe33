using EclipseConformance.Engine.Tests.Rules;
using EclipseConformance.Engine.Withdrawals;

namespace EclipseConformance.Engine.Tests.Withdrawals;

public class WithdrawalStateMachineTests
{
    private static readonly WithdrawalGuards LiveToken = new(IsToken: true, HasExpired: false);
    private static readonly WithdrawalGuards ExpiredToken = new(IsToken: true, HasExpired: true);
    private static readonly WithdrawalGuards Payout = new(IsToken: false, HasExpired: false);

    public static TheoryData<WithdrawalTrigger, bool, bool, WithdrawalStatus?> PendingTransitions => new()
    {
        { WithdrawalTrigger.Redeem, true, false, WithdrawalStatus.Successful },
        { WithdrawalTrigger.Redeem, true, true, null },
        { WithdrawalTrigger.Redeem, false, false, null },
        { WithdrawalTrigger.Settle, false, false, WithdrawalStatus.Successful },
        { WithdrawalTrigger.Settle, true, false, null },
        { WithdrawalTrigger.Expire, true, true, WithdrawalStatus.Timeout },
        { WithdrawalTrigger.Expire, true, false, null },
        { WithdrawalTrigger.Expire, false, true, null },
        { WithdrawalTrigger.Cancel, true, false, WithdrawalStatus.Cancelled },
        { WithdrawalTrigger.Cancel, false, false, WithdrawalStatus.Cancelled },
        { WithdrawalTrigger.Fail, true, true, WithdrawalStatus.Error },
    };

    [Theory]
    [MemberData(nameof(PendingTransitions))]
    public void A_pending_withdrawal_moves_only_where_its_guards_allow(WithdrawalTrigger trigger, bool isToken, bool hasExpired, WithdrawalStatus? expected)
    {
        var (next, refusal) = WithdrawalStateMachine.Decide(WithdrawalStatus.Pending, trigger, new WithdrawalGuards(isToken, hasExpired));
        next.Should().Be(expected);
        (refusal is null).Should().Be(expected is not null);
    }

    [Theory]
    [InlineData(WithdrawalStatus.Successful)]
    [InlineData(WithdrawalStatus.Timeout)]
    [InlineData(WithdrawalStatus.Cancelled)]
    [InlineData(WithdrawalStatus.Error)]
    public void A_final_status_accepts_no_trigger_and_says_which_status_it_is(WithdrawalStatus final)
    {
        foreach (var trigger in Enum.GetValues<WithdrawalTrigger>())
        {
            foreach (var guards in new[] { LiveToken, ExpiredToken, Payout })
            {
                var (next, refusal) = WithdrawalStateMachine.Decide(final, trigger, guards);
                next.Should().BeNull();
                refusal.Should().Contain("already " + WithdrawalStatuses.Wire(final));
            }
        }
    }

    [Fact]
    public void A_refusal_names_the_unmet_guard()
    {
        WithdrawalStateMachine.Decide(WithdrawalStatus.Pending, WithdrawalTrigger.Redeem, ExpiredToken).Refusal.Should().Contain("token not expired");
        WithdrawalStateMachine.Decide(WithdrawalStatus.Pending, WithdrawalTrigger.Settle, LiveToken).Refusal.Should().Contain("bank payout");
    }

    [Fact]
    public void Deciding_has_no_side_effects_on_the_callers_status()
    {
        var guards = LiveToken;
        var before = guards with { };
        WithdrawalStateMachine.Decide(WithdrawalStatus.Pending, WithdrawalTrigger.Redeem, guards);
        guards.Should().Be(before);
    }

    [Fact]
    public void The_wire_names_round_trip()
    {
        foreach (var status in Enum.GetValues<WithdrawalStatus>())
        {
            WithdrawalStatuses.Parse(WithdrawalStatuses.Wire(status)).Should().Be(status);
        }

        WithdrawalStatuses.Wire(WithdrawalStatus.Successful).Should().Be("SUCCESSFUL");
    }

    [Fact]
    public void The_committed_state_diagram_is_the_one_the_machine_generates()
    {
        var path = Path.Combine(Path.GetDirectoryName(RuleTestFiles.RepositoryRules())!, WithdrawalStateDiagram.RelativePath);
        var generated = WithdrawalStateDiagram.Document();
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        generated.Should().Contain("Pending --> Successful : Redeem [token withdrawal] [token not expired]")
            .And.Contain("Pending --> Timeout : Expire")
            .And.Contain("Pending --> Cancelled : Cancel")
            .And.Contain("Pending --> Error : Fail");
        File.Exists(path).Should().BeTrue($"{WithdrawalStateDiagram.RelativePath} must be committed");
        Normalise(File.ReadAllText(path)).Should().Be(Normalise(generated), $"{WithdrawalStateDiagram.RelativePath} is out of date: run this test with UPDATE_DOCS=1");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
