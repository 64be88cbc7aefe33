using EclipseConformance.Engine.Vas;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>The flows' state machines: legal moves, guards, and the diagrams in docs/diagrams kept in sync.</summary>
public class VasStateMachineTests
{
    [Fact]
    public void The_diagrams_in_docs_match_the_state_machines()
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "diagrams");
        var update = Environment.GetEnvironmentVariable("UPDATE_DIAGRAMS") == "1";
        foreach (var (file, markdown) in VasDiagrams.All)
        {
            var path = Path.Combine(folder, file);
            if (update)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(path, markdown);
            }

            File.Exists(path).Should().BeTrue($"{file} is generated (run the tests once with UPDATE_DIAGRAMS=1)");
            File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(markdown, $"{file} must show the machine as built (UPDATE_DIAGRAMS=1 rewrites it)");
        }
    }

    [Fact]
    public void The_single_post_machine_starts_with_the_pre_vend_only_when_there_is_one()
    {
        SinglePostMachine.Next(SinglePostState.Accepted, SinglePostTrigger.Start, new SinglePostGuards(true, true, true)).Should().Be(SinglePostState.Prevending);
        SinglePostMachine.Next(SinglePostState.Accepted, SinglePostTrigger.Start, new SinglePostGuards(false, true, true)).Should().Be(SinglePostState.Vending);
    }

    [Theory]
    [InlineData(SinglePostState.Vending, SinglePostTrigger.VendUnknown, SinglePostState.Confirming)]
    [InlineData(SinglePostState.Confirming, SinglePostTrigger.CheckApproved, SinglePostState.Completed)]
    [InlineData(SinglePostState.Confirming, SinglePostTrigger.CheckNotFound, SinglePostState.Failed)]
    [InlineData(SinglePostState.Prevending, SinglePostTrigger.PrevendDeclined, SinglePostState.Failed)]
    public void Provider_answers_move_a_single_post_payment(SinglePostState from, SinglePostTrigger trigger, SinglePostState to) =>
        SinglePostMachine.Next(from, trigger, new SinglePostGuards(true, true, true)).Should().Be(to);

    [Fact]
    public void Guards_decide_between_retrying_and_failing_and_a_terminal_state_accepts_nothing()
    {
        SinglePostMachine.Next(SinglePostState.Confirming, SinglePostTrigger.CheckUnknown, new SinglePostGuards(true, true, MayCheckAgain: true)).Should().Be(SinglePostState.Confirming);
        SinglePostMachine.Next(SinglePostState.Confirming, SinglePostTrigger.CheckUnknown, new SinglePostGuards(true, true, MayCheckAgain: false)).Should().Be(SinglePostState.Failed);
        SinglePostMachine.Next(SinglePostState.Prevending, SinglePostTrigger.PrevendUnknown, new SinglePostGuards(true, MayRetryPrevend: false, true)).Should().Be(SinglePostState.Failed);
        var completed = () => SinglePostMachine.Next(SinglePostState.Completed, SinglePostTrigger.VendDeclined, new SinglePostGuards(true, true, true));
        completed.Should().Throw<InvalidOperationException>();
        var vendBeforePrevend = () => SinglePostMachine.Next(SinglePostState.Prevending, SinglePostTrigger.VendApproved, new SinglePostGuards(true, true, true));
        vendBeforePrevend.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_two_step_payment_takes_one_update_and_a_pending_one_polls_until_final()
    {
        TwoStepMachine.Next(TwoStepState.Building, TwoStepTrigger.Update, true).Should().Be(TwoStepState.Completing);
        var secondUpdate = () => TwoStepMachine.Next(TwoStepState.Completing, TwoStepTrigger.Update, true);
        secondUpdate.Should().Throw<InvalidOperationException>();
        TwoStepMachine.Next(TwoStepState.Completing, TwoStepTrigger.CompleteUnknown, true).Should().Be(TwoStepState.Confirming);
        PendingMachine.Next(PendingState.Submitting, PendingTrigger.SubmitUnknown, true).Should().Be(PendingState.Pending);
        PendingMachine.Next(PendingState.Pending, PendingTrigger.QueryPending, mayPollAgain: true).Should().Be(PendingState.Pending);
        PendingMachine.Next(PendingState.Pending, PendingTrigger.QueryPending, mayPollAgain: false).Should().Be(PendingState.Failed);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EclipseConformance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}
