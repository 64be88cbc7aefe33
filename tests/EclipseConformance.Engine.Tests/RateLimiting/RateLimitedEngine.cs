using EclipseConformance.Engine.Tests.Rules;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.RateLimiting;

/// <summary>An engine with the rate limiter in its pipeline and the given <c>policies.rateLimits</c> rule file.</summary>
internal sealed class RateLimitedEngine : IAsyncDisposable
{
    private readonly TempRulesFolder _folder = new();

    private RateLimitedEngine(string? rateLimitsYaml)
    {
        if (rateLimitsYaml is not null)
        {
            _folder.Write("rate-limits.yaml", "version: 1\npolicies:\n  rateLimits:\n" + string.Join('\n', rateLimitsYaml.Split('\n').Select(l => "    " + l)) + "\n");
        }

        Engine = new HoldingEngine { RateLimited = true, RulesDirectory = _folder.Path };
    }

    public EngineFixture Engine { get; }

    /// <summary>Starts an engine; <paramref name="rateLimitsYaml"/> is the body of <c>policies.rateLimits</c> (null: the defaults).</summary>
    public static async Task<RateLimitedEngine> StartAsync(string? rateLimitsYaml)
    {
        var engine = new RateLimitedEngine(rateLimitsYaml);
        await engine.Engine.InitializeAsync();
        return engine;
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>
    /// Held requests (<see cref="HeldRequest"/>) send one byte of their body and wait: on a loaded machine the test can take
    /// longer than Kestrel's 5 s body grace period, after which Kestrel would drop them with 408.
    /// </summary>
    private sealed class HoldingEngine : EngineFixture
    {
        protected override IEnumerable<string> ExtraArguments() => ["--Engine:RequestBodyGracePeriod=00:05:00"];
    }
}
