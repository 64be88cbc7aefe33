using EclipseConformance.Engine.Tests.Hostile;
using EclipseConformance.Simulators;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// Issue 13, point 4: for every simulator, a timeout, a 500, a 503, a malformed body, a connection reset, an empty 200 or
/// the provider's own decline on each upstream step of each money flow (on a selling step also after the upstream has
/// sold; on a status query or delivery step also repeated on every attempt) ends with the money either settled once or
/// fully reversed: never stuck in a reservation, never doubled, never a 500 from the engine (see <see cref="MatrixRowCheck"/>).
/// It runs alone after the parallel classes: its tight clock-driving loops otherwise slowed the real engine processes of
/// Host/EngineProcessTests past their 30 s Ctrl-C window on this 2-core machine.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class FaultMatrixTests(FaultMatrixFixture engine) : IClassFixture<FaultMatrixFixture>
{
    public static TheoryData<string> Rows => FaultMatrixTable.RowIds();

    [Theory]
    [MemberData(nameof(Rows))]
    public Task An_upstream_fault_ends_with_the_money_settled_once_or_fully_reversed(string row) => MatrixRowCheck.RunAsync(engine, row);

    [Fact]
    public void Every_simulator_has_a_row_and_every_flow_has_a_selling_or_delivery_step()
    {
        var simulators = engine.Services.GetRequiredService<SimulatorSet>().All.Select(s => s.Name);
        var covered = FaultMatrixTable.Flows.SelectMany(f => f.Steps).Select(s => s.Simulator).Distinct(StringComparer.OrdinalIgnoreCase);

        simulators.Should().BeSubsetOf(covered, "a new simulator needs its flow in FaultMatrixTable");
        FaultMatrixTable.Flows.Should().OnlyContain(f => f.Steps.Any(s => s.Phase == StepPhase.Sale || s.Phase == StepPhase.Delivery));
        FaultMatrixTable.Rows.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        FaultMatrixTable.KnownUnresolvable.Keys.Should().BeSubsetOf(FaultMatrixTable.Rows.Select(r => r.Id), "a known unresolvable row must exist");
        FaultMatrixTable.PostgresRows.Select(r => r.Id).Should().BeSubsetOf(FaultMatrixTable.Rows.Select(r => r.Id));
        FaultMatrixTable.PostgresRows.Select(r => (r.Flow, r.Step)).Distinct().Should().HaveCount(FaultMatrixTable.Flows.Sum(f => f.Steps.Count), "the PostgreSQL subset has every step");
        FaultMatrixTable.PostgresRows.Select(r => r.Fault).Distinct().Should().BeEquivalentTo(Enum.GetValues<MatrixFault>(), "the PostgreSQL subset meets every fault kind");
    }
}
