using System.Diagnostics;
using System.Globalization;
using EclipseConformance.Engine.Control;
using EclipseConformance.Simulators;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// <c>dotnet EclipseConformance.Engine.dll bench rules</c> (<c>./run.sh bench rules</c>): a Stopwatch benchmark of
/// the costs a feature pays on the transfer/lookup path — a policy read, a decision-rule evaluation — and of a
/// reload. Runs the real <see cref="RulesRuntime"/> on the shipped defaults plus a benchmark rule document.
/// </summary>
public static class RulesBenchmark
{
    private const string BenchRules = """
        version: 1
        rules:
          - name: big-integrator-payouts
            on: transfer
            when: { all: ["isGlobalIntegrator", "amount > 50000"] }
            then: { action: reject, code: IAE001, description: review }
          - name: test-descriptions
            on: transfer
            when: "description.StartsWith(\"TEST-\") && amount > 100"
            then: { action: reject, code: IAE001, description: test }
          - name: surname-only-lookup
            on: lookup
            when: { all: ["criteriaCount < 2", "lastName != \"\""] }
            then: { action: reject, code: VAL001, description: two criteria }
        """;

    public static async Task<int> RunAsync(TextWriter output)
    {
        var simulators = new SimulatorSetOptions();
        foreach (var name in SimulatorCatalog.Default.Names)
        {
            simulators.For(name).Enabled = false;
        }

        using var set = new SimulatorSet(simulators, TimeProvider.System);
        var runtime = new RulesRuntime(
            Options.Create(new RulesOptions()),
            new BehaviourApplier(set, NullLogger<BehaviourApplier>.Instance),
            new SimulatorSettingsApplier(set, Options.Create(new FioranoSimulatorOptions())),
            TimeProvider.System,
            NullLogger<RulesRuntime>.Instance);
        var loaded = await runtime.ReplaceRuntimeAsync(new RuleSource("bench.yaml", BenchRules, RuleLayer.Runtime));
        if (!loaded.Accepted)
        {
            await output.WriteLineAsync("benchmark rules refused: " + string.Join("; ", loaded.Problems));
            return 1;
        }

#pragma warning disable CA1859 // measured through the interfaces features use
        IPolicies policies = runtime;
        IRuleEvaluator rules = runtime;
#pragma warning restore CA1859
        var transfer = new TransferFacts { TenantId = 1001, Amount = 250.00m, Description = "salary", FromWalletId = 1, ToWalletId = 2 };
        var lookup = new LookupFacts { CriteriaCount = 2, LastName = "Dlamini", Phone = "27821234567" };
        var withdrawal = new WithdrawalFacts { Amount = 100m };
        decimal sink = 0;

        await output.WriteLineAsync($"Rules benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version}); rule set {runtime.Current.Version}");
        await Report(output, "policy read (Current.WithdrawalLimit.Amount)", 20_000_000, () => sink += policies.Current.WithdrawalLimit.Amount);
        await Report(output, "policy read (Current.CallbackRetry.DelayBeforeRetry(5))", 5_000_000, () => sink += policies.Current.CallbackRetry.DelayBeforeRetry(5).Ticks);
        await Report(output, "evaluate withdrawal (no rules at this point)", 10_000_000, () => sink += (int)rules.Evaluate(withdrawal).Verdict);
        await Report(output, "evaluate transfer (2 rules, none matches)", 2_000_000, () => sink += (int)rules.Evaluate(transfer).Verdict);
        await Report(output, "evaluate lookup (1 rule, no match)", 2_000_000, () => sink += (int)rules.Evaluate(lookup).Verdict);
        var reject = new TransferFacts { IsGlobalIntegrator = true, Amount = 75_000m, Description = "payroll" };
        await Report(output, "evaluate transfer (first rule rejects)", 2_000_000, () => sink += (int)rules.Evaluate(reject).Verdict);
        await Report(output, "reload (shipped defaults + bench document)", 200, () => sink += runtime.ReloadAsync().GetAwaiter().GetResult().Active.Version);
        GC.KeepAlive(sink);
        return 0;
    }

    private static async Task Report(TextWriter output, string name, int iterations, Action action)
    {
        for (var i = 0; i < Math.Min(iterations / 10, 100_000); i++)
        {
            action();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < iterations; i++)
        {
            action();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)iterations;
        var perOp = elapsed.TotalNanoseconds / iterations;
        var text = perOp >= 100_000
            ? string.Create(CultureInfo.InvariantCulture, $"{perOp / 1_000_000,10:F3} ms/op")
            : string.Create(CultureInfo.InvariantCulture, $"{perOp,10:F1} ns/op");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {name,-58} {text} {bytes,8:F0} B/op  ({iterations:N0} ops)"));
    }
}
