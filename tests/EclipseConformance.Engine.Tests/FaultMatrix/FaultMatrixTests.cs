using System.Globalization;
using EclipseConformance.Engine.Tests.Hostile;
using EclipseConformance.Simulators;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// Issue 13, point 4: for every simulator, a timeout, a 500, a 503, a malformed body or a connection reset on each
/// upstream step of each money flow (and, on a selling step, the same after the upstream has sold) ends with the money
/// either settled once or fully reversed: never stuck in a reservation, never doubled, never a 500 from the engine.
/// It runs alone after the parallel classes: its tight clock-driving loops otherwise slowed the real engine processes of
/// Host/EngineProcessTests past their 30 s Ctrl-C window on this 2-core machine.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class FaultMatrixTests(FaultMatrixFixture engine) : IClassFixture<FaultMatrixFixture>
{
    /// <summary>Longer than every catalog cache's lifetime, so a look-up step really calls its upstream.</summary>
    private static readonly TimeSpan PastCatalogCache = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1);

    public static TheoryData<string> Rows => FaultMatrixTable.RowIds();

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task An_upstream_fault_ends_with_the_money_settled_once_or_fully_reversed(string row)
    {
        var r = FaultMatrixTable.Row(row);
        var world = new MatrixWorld(engine);
        var simulator = world.Simulators[r.Step.Simulator];
        var start = world.Simulators.All.ToDictionary(s => s.Name, s => s.Journal.Entries(last: 1) is { Count: > 0 } last ? last[^1].Sequence : 0);
        if (r.Step.Phase == StepPhase.Select)
        {
            await world.Clock.PassAsync(PastCatalogCache);
        }

        var processedFaults = new HashSet<string>();
        var added = new List<(UpstreamSimulator Simulator, string Id)>();
        if (r.Step.LoseSaleAnswerFirst)
        {
            var sale = r.Flow.Sale!;
            var lost = world.Simulators[sale.Simulator].AddFault(new FaultSpec
            {
                Id = "fm-lost-" + Guid.NewGuid().ToString("N"),
                Match = FaultMatch.ForOperation(sale.Operation),
                Outcome = MatrixFault.ProcessedThenTimeout.Outcome(),
                Count = 1,
            });
            processedFaults.Add(lost.Id);
            added.Add((world.Simulators[sale.Simulator], lost.Id));
        }

        var fault = simulator.AddFault(new FaultSpec
        {
            Id = "fm-" + Guid.NewGuid().ToString("N"),
            Match = FaultMatch.ForOperation(r.Step.Operation),
            Outcome = r.Fault.Outcome(),
            Count = 1,
            Description = row,
        });
        added.Add((simulator, fault.Id));
        if (r.Fault.ProcessesFirst())
        {
            processedFaults.Add(fault.Id);
        }

        FlowRun run;
        try
        {
            run = await r.Flow.RunAsync(world);
        }
        finally
        {
            foreach (var (sim, id) in added)
            {
                sim.Faults.Remove(id);
            }
        }

        var journal = world.Simulators.All.SelectMany(s => s.Journal.Entries().Where(e => e.Sequence > start[s.Name]).Select(e => (s.Name, Entry: e))).ToList();
        var trace = $"{run.Status}; upstream: " + string.Join(", ", journal.Select(j => $"{j.Name}.{j.Entry.Operation} {j.Entry.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "-"}"
            + (j.Entry.FaultKind is { } k ? $" ({k}{(processedFaults.Contains(j.Entry.FaultId!) ? ", processed" : "")})" : "")))
            + "; engine: " + string.Join(", ", world.Answers.Select(a => $"{a.Call} {a.Code}"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{row} => {trace}; clock moves: {world.Clock.Advances}");
        var wallet = await world.WalletAsync(run.TenantId, run.WalletId);
        var invariants = await world.InvariantsAsync();
        var resolved = run.Terminal && wallet.Current == wallet.Available;
        if (FaultMatrixTable.KnownUnresolvable.TryGetValue(row, out var reason))
        {
            resolved.Should().BeFalse($"the row is listed as not resolving automatically ({reason}); if it now resolves, take it off the list");
            return;
        }

        journal.Should().Contain(j => j.Entry.FaultId == fault.Id, $"the fault was really applied to {r.Step.Operation}: {trace}");
        world.Answers.Should().NotContain(a => a.Code == 500, $"the engine never answers 500 to an upstream fault: {trace}");
        run.Terminal.Should().BeTrue($"the flow must end final: {trace}");
        wallet.Available.Should().Be(wallet.Current, $"no reservation is left behind: {trace}");
        var charged = run.Settled ? run.Amount + run.Fee : 0m;
        wallet.Current.Should().Be(run.Funds - charged, $"the wallet is charged exactly once when settled, not at all otherwise: {trace}");
        (run.After!.Settlement - run.Before!.Settlement).Should().Be(run.Settled ? run.Amount : 0m, "the tenant's settlement side moves once or not at all");
        (run.After.Fees - run.Before.Fees).Should().Be(run.Settled ? run.Fee : 0m);
        invariants["ok"]!.GetValue<bool>().Should().BeTrue(invariants.ToJsonString());
        if (r.Flow.Sale is { } saleStep)
        {
            var sold = journal.Count(j => j.Name == saleStep.Simulator && j.Entry.Operation == saleStep.Operation
                && (j.Entry.FaultId is null ? j.Entry.StatusCode is >= 200 and < 300 : processedFaults.Contains(j.Entry.FaultId)));
            sold.Should().Be(run.Settled ? 1 : 0, $"the upstream sells exactly once for a settled payment, never for a reversed one: {trace}");
        }
    }

    [Fact]
    public void Every_simulator_has_a_row_and_every_flow_has_a_selling_or_delivery_step()
    {
        var simulators = engine.Services.GetRequiredService<SimulatorSet>().All.Select(s => s.Name);
        var covered = FaultMatrixTable.Flows.SelectMany(f => f.Steps).Select(s => s.Simulator).Distinct(StringComparer.OrdinalIgnoreCase);

        simulators.Should().BeSubsetOf(covered, "a new simulator needs its flow in FaultMatrixTable");
        FaultMatrixTable.Flows.Should().OnlyContain(f => f.Steps.Any(s => s.Phase == StepPhase.Sale || s.Phase == StepPhase.Delivery));
        FaultMatrixTable.Rows.Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }
}
