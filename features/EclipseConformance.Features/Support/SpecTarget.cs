using System.Text.Json;
using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.TestKit;

namespace EclipseConformance.Features.Support;

/// <summary>
/// The system under specification: the real engine started in-process on a loopback port (a manual virtual clock, a
/// small demo world) or any URL. A target has a control plane when the simulator-admin credentials work on
/// <c>/sim/v1/seed</c>; without one only <c>@sandbox-safe</c> scenarios run.
/// </summary>
public sealed class SpecTarget : IAsyncDisposable
{
    private readonly ScannedEngine? _engine;

    private SpecTarget(Uri baseAddress, SeedDocument? seed, (string Identity, string Password)? admin, (string Identity, string Password)? user, ScannedEngine? engine)
    {
        BaseAddress = baseAddress;
        Seed = seed;
        Admin = admin;
        User = user;
        _engine = engine;
    }

    public Uri BaseAddress { get; }

    /// <summary>The target's seed document (only with a control plane).</summary>
    public SeedDocument? Seed { get; }

    public bool HasControlPlane => Seed is not null;

    public bool InProcess => _engine is not null;

    /// <summary>Everything the in-process engine logged (its own categories at every level, others from Information); null for a URL target.</summary>
    public IReadOnlyCollection<string>? Logs => _engine?.Logs.Lines;

    public (string Identity, string Password)? Admin { get; }

    /// <summary>The tenant identity to use against a target without a control plane (a real sandbox).</summary>
    public (string Identity, string Password)? User { get; }

    public static async Task<SpecTarget> StartInProcessAsync()
    {
        // Rate limiting in the pipeline, as ./run.sh runs it (the default limits are far above what a feature does).
        var engine = new ScannedEngine { RateLimited = true };
        await engine.InitializeAsync();
        return new SpecTarget(engine.BaseAddress, engine.Seed, (engine.Seed.Admin.Identity, engine.Seed.Admin.Password), null, engine);
    }

    public static async Task<SpecTarget> ConnectAsync(Uri target, string? identity, string? password)
    {
        // Try the given identity as simulator admin; without one, the fixed demo seed's administrator.
        var defaults = DemoWorldGenerator.Generate(new DemoWorldOptions()).Admin;
        var admin = (identity ?? defaults.Identity, password ?? defaults.Password);
        using var client = new EclipseClient(new HttpClient { BaseAddress = target });
        client.UseBasic(admin.Item1, admin.Item2);
        try
        {
            var seed = await client.GetAsync("/sim/v1/seed");
            if (seed.Code == 200)
            {
                return new SpecTarget(target, JsonSerializer.Deserialize<SeedDocument>(seed.Text, EclipseClient.JsonOptions), admin, null, null);
            }
        }
        catch (HttpRequestException)
        {
        }

        return new SpecTarget(target, null, null, identity is null || password is null ? null : (identity, password), null);
    }

    public static Task<SpecTarget> CreateAsync() =>
        SpecSettings.Target is { } url ? ConnectAsync(url, SpecSettings.Identity, SpecSettings.Password) : StartInProcessAsync();

    public async ValueTask DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }
    }

    /// <summary>The engine with its log lines kept, so the secrets scan can read them.</summary>
    private sealed class ScannedEngine : LoggingEngineFixture
    {
        protected override IEnumerable<string> ExtraArguments() => ["--Logging:LogLevel:Default=Information", "--Logging:LogLevel:EclipseConformance=Trace"];
    }
}
