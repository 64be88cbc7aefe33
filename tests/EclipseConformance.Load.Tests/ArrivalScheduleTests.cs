using EclipseConformance.Load.Execution;

namespace EclipseConformance.Load.Tests;

public sealed class ArrivalScheduleTests
{
    private static List<double> Offsets(AgentShare agent, params LoadSimulation[] simulations) =>
        [.. ArrivalSchedule.Offsets(SimulationPlan.Build(simulations), agent)];

    [Fact]
    public void Inject_spaces_arrivals_evenly_at_the_rate()
    {
        var offsets = Offsets(AgentShare.Single, Simulation.Inject(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)));

        offsets.Should().HaveCount(20);
        offsets.Should().Equal(Enumerable.Range(0, 20).Select(i => i * 0.1), (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void Rate_is_per_interval()
    {
        var offsets = Offsets(AgentShare.Single, Simulation.Inject(30, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2)));

        offsets.Should().HaveCount(20, "30 per 3 s is 10 per second");
    }

    [Fact]
    public void Ramping_inject_from_zero_sends_the_integral_of_the_rate_with_shrinking_gaps()
    {
        var offsets = Offsets(AgentShare.Single, Simulation.RampingInject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)));

        // The rate climbs from 0 to 100/s over 2 s: 100 arrivals in total.
        offsets.Should().HaveCount(100);
        offsets.Should().BeInAscendingOrder();
        var gaps = offsets.Zip(offsets.Skip(1), (a, b) => b - a).ToList();
        gaps.Should().BeInDescendingOrder();
        offsets.Count(t => t < 1.0).Should().Be(25, "a quarter of the area under a linear ramp lies in its first half");
    }

    [Fact]
    public void Ramping_inject_continues_from_the_previous_rate_and_restarts_from_zero_after_a_pause()
    {
        var plan = SimulationPlan.Build(
        [
            Simulation.Inject(50, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
            Simulation.RampingInject(150, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
            Simulation.Pause(TimeSpan.FromSeconds(1)),
            Simulation.RampingInject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
        ]);

        plan[1].StartRate.Should().Be(50);
        plan[1].EndRate.Should().Be(150);
        plan[3].StartRate.Should().Be(0);
        var offsets = ArrivalSchedule.Offsets(plan, AgentShare.Single).ToList();
        offsets.Count(t => t >= 2 && t < 3).Should().Be(0, "nothing arrives during the pause");
        offsets.Count(t => t >= 1 && t < 2).Should().Be(100, "a ramp from 50 to 150 per second averages 100");
    }

    [Fact]
    public void Agents_split_the_global_schedule_without_overlap_or_gaps()
    {
        var simulation = Simulation.Inject(1000, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var all = Offsets(AgentShare.Single, simulation);
        var agents = Enumerable.Range(0, 3).Select(i => Offsets(new AgentShare(i, 3), simulation)).ToList();

        agents.Select(a => a.Count).Should().Equal(334, 333, 333);
        agents.SelectMany(a => a).Order().Should().Equal(all);
    }

    [Fact]
    public void Closed_loops_are_split_evenly_across_agents()
    {
        Enumerable.Range(0, 3).Select(i => new AgentShare(i, 3).ShareOf(64)).Should().Equal(22, 21, 21);
    }

    [Fact]
    public void Warm_up_plan_is_the_start_of_the_real_plan()
    {
        var plan = SimulationPlan.Build([Simulation.RampingConstant(10, TimeSpan.FromSeconds(10))]);

        var warmUp = SimulationPlan.Truncate(plan, TimeSpan.FromSeconds(5));

        warmUp.Should().ContainSingle();
        warmUp[0].End.Should().Be(TimeSpan.FromSeconds(5));
        warmUp[0].EndCopies.Should().Be(5);
    }

    [Fact]
    public void Invalid_simulations_are_rejected_when_the_scenario_is_built()
    {
        var scenario = Scenario.Create("s", _ => Task.FromResult<IResponse>(Response.Ok()));

        FluentActions.Invoking(() => scenario.WithLoadSimulations(Simulation.Inject(-1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1))))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => scenario.WithLoadSimulations(Simulation.KeepConstant(1, TimeSpan.Zero)))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Scenario.Create("has space", _ => Task.FromResult<IResponse>(Response.Ok())))
            .Should().Throw<ArgumentException>();
    }
}
