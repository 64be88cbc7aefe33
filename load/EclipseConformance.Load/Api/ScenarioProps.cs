namespace EclipseConformance.Load;

/// <summary>
/// An immutable scenario definition (NBomber's <c>ScenarioProps</c>): the function to run, its load shape,
/// warm-up, and init/clean hooks. Every <c>With…</c> returns a new instance.
/// </summary>
public sealed record ScenarioProps
{
    /// <summary>Warm-up used when none is set, as in NBomber.</summary>
    public static readonly TimeSpan DefaultWarmUp = TimeSpan.FromSeconds(30);

    /// <summary>The longest warm-up accepted.</summary>
    public static readonly TimeSpan MaxWarmUp = TimeSpan.FromMinutes(30);

    internal ScenarioProps(string name, Func<IScenarioContext, Task<IResponse>> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        if (name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            // Names become HdrHistogram log tags and CSV cells: keep them to a safe alphabet.
            throw new ArgumentException($"Scenario name '{name}' must be 1-64 characters of A-Z, a-z, 0-9, '_', '-', '.'.", nameof(name));
        }

        Name = name;
        Run = run;
    }

    public string Name { get; }

    public Func<IScenarioContext, Task<IResponse>> Run { get; }

    public Func<IScenarioInitContext, Task>? Init { get; private init; }

    public Func<IScenarioInitContext, Task>? Clean { get; private init; }

    public TimeSpan WarmUpDuration { get; private init; } = DefaultWarmUp;

    public IReadOnlyList<LoadSimulation> LoadSimulations { get; private init; } =
        [Simulation.Inject(1, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1))];

    /// <summary>Runs once before warm-up; an exception stops the run before any load.</summary>
    public ScenarioProps WithInit(Func<IScenarioInitContext, Task> init) => this with { Init = init };

    /// <summary>Runs once after the measured phase; an exception is logged and reported, the results stay.</summary>
    public ScenarioProps WithClean(Func<IScenarioInitContext, Task> clean) => this with { Clean = clean };

    public ScenarioProps WithWarmUpDuration(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero || duration > MaxWarmUp)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"Warm-up is between 0 and {MaxWarmUp}.");
        }

        return this with { WarmUpDuration = duration };
    }

    public ScenarioProps WithoutWarmUp() => this with { WarmUpDuration = TimeSpan.Zero };

    public ScenarioProps WithLoadSimulations(params LoadSimulation[] simulations)
    {
        ArgumentNullException.ThrowIfNull(simulations);
        if (simulations.Length == 0)
        {
            throw new ArgumentException("At least one load simulation is needed.", nameof(simulations));
        }

        foreach (var simulation in simulations)
        {
            simulation.Validate();
        }

        return this with { LoadSimulations = [.. simulations] };
    }

    /// <summary>The measured duration: the sum of all simulations.</summary>
    public TimeSpan Duration => LoadSimulations.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.During);
}
