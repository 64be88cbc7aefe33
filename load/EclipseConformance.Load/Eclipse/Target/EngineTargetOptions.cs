namespace EclipseConformance.Load.Eclipse.Target;

/// <summary>How the runner starts its own engine: store, extra configuration, where the binary is.</summary>
public sealed record EngineTargetOptions
{
    /// <summary>'sqlite' (embedded, in a fresh temporary data dir) or a PostgreSQL connection string.</summary>
    public string Store { get; init; } = "sqlite";

    /// <summary>Passed through to the engine, e.g. <c>--DemoWorld:CustomerCount=300</c>.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>Null: <see cref="EngineLocator"/> finds it.</summary>
    public string? EngineDll { get; init; }

    /// <summary>Null: a random one, passed with --admin-password (the runner then knows it).</summary>
    public string? AdminPassword { get; init; }

    /// <summary>Demo-world generation (a 4096-bit integrator key) can take a while on a busy machine.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(180);

    public bool IsSqlite => string.IsNullOrWhiteSpace(Store) || Store.Equals("sqlite", StringComparison.OrdinalIgnoreCase);
}
