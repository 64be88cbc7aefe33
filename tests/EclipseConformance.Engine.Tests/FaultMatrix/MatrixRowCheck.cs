using System.Globalization;
using EclipseConformance.Simulators;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// Runs one row on an engine (SQLite or PostgreSQL): injects the fault on its step (once, or on every attempt), runs the
/// flow to its end and asserts the money is settled once or fully reversed, with nothing reserved, no 500 and the fault
/// provably applied; a row in <see cref="FaultMatrixTable.KnownUnresolvable"/> asserts its documented disagreement with the
/// upstream instead, and a provider's own "failed" status answer is taken at its word.
/// </summary>
internal static class MatrixRowCheck
{
    /// <summary>Longer than every catalog cache's lifetime, so a look-up step really calls its upstream.</summary>
    private static readonly TimeSpan PastCatalogCache = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1);

    public static async Task RunAsync(EngineFixture engine, string row)
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
                Outcome = MatrixFault.ProcessedThenTimeout.Outcome(sale.Simulator),
                Count = 1,
            });
            processedFaults.Add(lost.Id);
            added.Add((world.Simulators[sale.Simulator], lost.Id));
        }

        var fault = simulator.AddFault(new FaultSpec
        {
            Id = "fm-" + Guid.NewGuid().ToString("N"),
            Match = FaultMatch.ForOperation(r.Step.Operation),
            Outcome = r.Fault.Outcome(r.Step.Simulator),
            Count = r.Fault.Repeats() ? null : 1,
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
        var trace = $"{run.Status}{(run.Detail is { } detail ? $" ({detail})" : "")}; upstream: " + string.Join(", ", journal.Select(j => $"{j.Name}.{j.Entry.Operation} {j.Entry.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "-"}"
            + (j.Entry.FaultKind is { } k ? $" ({k}{(processedFaults.Contains(j.Entry.FaultId!) ? ", processed" : "")})" : "")))
            + "; engine: " + string.Join(", ", world.Answers.Select(a => $"{a.Call} {a.Code}"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{row} => {trace}; clock moves: {world.Clock.Advances}");
        foreach (var (name, entry) in journal.Where(j => j.Name == r.Step.Simulator && j.Entry.Operation == r.Step.Operation))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"  {name}.{entry.Operation} answered: {entry.ResponseBody}");
        }

        var wallet = await world.WalletAsync(run.TenantId, run.WalletId);
        var invariants = await world.InvariantsAsync();
        var hits = journal.Count(j => j.Entry.FaultId == fault.Id);
        int? sold = r.Flow.Sale is { } saleStep
            ? journal.Count(j => j.Name == saleStep.Simulator && j.Entry.Operation == saleStep.Operation
                && (j.Entry.FaultId is null ? j.Entry.StatusCode is >= 200 and < 300 : processedFaults.Contains(j.Entry.FaultId)))
            : null;

        hits.Should().BeGreaterThan(0, $"the fault was really applied to {r.Step.Operation}: {trace}");
        if (r.Fault.Repeats())
        {
            hits.Should().BeGreaterThan(1, $"a repeated fault meets every retry, check or poll of {r.Step.Operation}: {trace}");
        }

        world.Answers.Should().NotContain(a => a.Code == 500, $"the engine never answers 500 to an upstream fault: {trace}");
        invariants["ok"]!.GetValue<bool>().Should().BeTrue(invariants.ToJsonString());
        run.Terminal.Should().BeTrue($"the flow must end final: {trace}");
        wallet.Available.Should().Be(wallet.Current, $"no reservation is left behind: {trace}");
        var charged = run.Settled ? run.Amount + run.Fee : 0m;
        wallet.Current.Should().Be(run.Funds - charged, $"the wallet is charged exactly once when settled, not at all otherwise: {trace}");
        (run.After!.Settlement - run.Before!.Settlement).Should().Be(run.Settled ? run.Amount : 0m, "the tenant's settlement side moves once or not at all");
        (run.After.Fees - run.Before.Fees).Should().Be(run.Settled ? run.Fee : 0m);
        if (run.Texts is { } texts)
        {
            texts.Count.Should().BeLessThanOrEqualTo(1, $"the token is texted at most once, even when a send is repeated after its answer was lost: {trace}");
            texts.Count(t => run.Token is null || !t.Contains(run.Token, StringComparison.Ordinal)).Should().Be(0, $"a text carries the registered token: {trace}");
            if (run.Settled)
            {
                texts.Should().ContainSingle($"a redeemed token was texted: {trace}");
            }
        }

        if (sold is not { } count)
        {
            return;
        }

        if (FaultMatrixTable.KnownUnresolvable.TryGetValue(row, out var reason))
        {
            (run.Status, count).Should().Be(("ERROR", 1),
                $"the documented outcome of a listed row ({reason}) is ERROR with the money given back while the upstream keeps the sale; if the engine now agrees with the upstream, take the row off the list: {trace}");
            return;
        }

        if (r.Step.Phase == StepPhase.Confirm && r.Fault == MatrixFault.BusinessError && !run.Settled)
        {
            run.Status.Should().BeOneOf(MatrixWorld.FailureStatuses, $"the provider's own status answer says the sale failed, and the engine reverses on its word: {trace}");
            return;
        }

        count.Should().Be(run.Settled ? 1 : 0, $"the upstream sells exactly once for a settled payment, never for a reversed one: {trace}");
    }
}
