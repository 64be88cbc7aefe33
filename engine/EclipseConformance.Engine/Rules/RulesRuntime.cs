using EclipseConformance.Simulators;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Holds the active rule set and (re)loads it: shipped defaults, then the rules folder, then the runtime document
/// (<c>PUT /sim/v1/rules</c>). A refused load leaves the previous set active and is reported in
/// <see cref="LastProblems"/>. Readers get the immutable set through one volatile read (<see cref="IPolicies"/>,
/// <see cref="IRuleEvaluator"/>), so policy reads on the hot path take nanoseconds and never block on a reload.
/// </summary>
public sealed class RulesRuntime(
    IOptions<RulesOptions> options, BehaviourApplier behaviours, SimulatorSettingsApplier simulatorSettings, TimeProvider time, ILogger<RulesRuntime> logger)
    : IPolicies, IRuleEvaluator, IDisposable
{
    private static readonly IReadOnlyCollection<string> Upstreams = SimulatorCatalog.Default.Names.ToArray();

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile ActiveRuleSet _active = ActiveRuleSet.Initial;
    private volatile RuleSource? _runtimeDocument;
    private long _version;

    public ActiveRuleSet Active => _active;

    public PolicySnapshot Current => _active.Policies;

    /// <summary>Why the most recent load was refused (empty when it was accepted), and when.</summary>
    public IReadOnlyList<RuleProblem> LastProblems { get; private set; } = [];

    public DateTimeOffset? LastProblemsAt { get; private set; }

    /// <summary>The document posted with <c>PUT /sim/v1/rules</c>, if any.</summary>
    public RuleSource? RuntimeDocument => _runtimeDocument;

    /// <summary>Raised after a new rule set became active.</summary>
    public event Action<ActiveRuleSet>? Changed;

    public RuleEvaluation Evaluate<TFacts>(TFacts facts)
        where TFacts : IRuleFacts => _active.Book.Evaluate(facts);

    /// <summary>Reads every layer again and activates the result if it is valid (file watcher, tests, start-up).</summary>
    public Task<RuleReloadResult> ReloadAsync(CancellationToken cancellationToken = default) =>
        LoadAsync(_runtimeDocument, replaceRuntime: false, cancellationToken);

    /// <summary>Replaces the runtime document (null removes it); refused documents change nothing.</summary>
    public Task<RuleReloadResult> ReplaceRuntimeAsync(RuleSource? document, CancellationToken cancellationToken = default) =>
        LoadAsync(document, replaceRuntime: true, cancellationToken);

    private async Task<RuleReloadResult> LoadAsync(RuleSource? runtime, bool replaceRuntime, CancellationToken cancellationToken)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            var (sources, problem) = Sources(runtime);
            var version = _version + 1;
            var (set, problems) = problem is null
                ? RuleSetBuilder.Build(sources, Upstreams, version, time.GetUtcNow())
                : (null, [problem]);
            if (set is null)
            {
                if (_active == ActiveRuleSet.Initial && !replaceRuntime)
                {
                    // Nothing good was loaded yet: start with the shipped defaults and report the folder's problems.
                    (set, _) = RuleSetBuilder.Build(RuleSources.Shipped(), Upstreams, version, time.GetUtcNow());
                    Activate(set ?? throw new InvalidOperationException("The shipped rule files are invalid: " + string.Join("; ", problems)));
                }

                Refuse(problems);
                return new RuleReloadResult(false, _active, problems);
            }

            if (replaceRuntime)
            {
                _runtimeDocument = runtime;
            }

            Activate(set);
            LastProblems = [];
            LastProblemsAt = null;
            return new RuleReloadResult(true, set, []);
        }
        finally
        {
            _reload.Release();
        }
    }

    private (List<RuleSource> Sources, RuleProblem? Problem) Sources(RuleSource? runtime)
    {
        var sources = new List<RuleSource>(RuleSources.Shipped());
        if (options.Value.Directory is { Length: > 0 } directory)
        {
            var (files, problem) = RuleSources.FromDirectory(directory, options.Value.MaxFiles);
            if (problem is not null)
            {
                return (sources, problem);
            }

            sources.AddRange(files);
        }

        if (runtime is not null)
        {
            sources.Add(runtime);
        }

        return (sources, null);
    }

    public void Dispose() => _reload.Dispose();

    private void Activate(ActiveRuleSet set)
    {
        _version = set.Version;
        _active = set;
        behaviours.Apply(set.Behaviours);
        simulatorSettings.Apply(set.Simulators);
        RulesLog.Loaded(logger, set.Version, set.Hash, set.Files.Count, set.Book.Count, set.Behaviours.Count, set.ConfigItems.Count);
        Changed?.Invoke(set);
    }

    private void Refuse(IReadOnlyList<RuleProblem> problems)
    {
        LastProblems = problems;
        LastProblemsAt = time.GetUtcNow();
        foreach (var problem in problems.Take(20))
        {
            RulesLog.Refused(logger, problem.ToString());
        }
    }
}
