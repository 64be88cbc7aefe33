using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Engine.Host;
using EclipseConformance.Engine.Primitives;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace EclipseConformance.TestKit;

/// <summary>
/// Starts the real engine (the same host <c>./run.sh</c> runs) on a loopback port chosen by the OS, with its own
/// temporary store, a fake clock and a small demo world. One per test class (IClassFixture) or collection.
/// </summary>
public class EngineFixture : IAsyncLifetime
{
    /// <summary>The fake clock starts here: a Monday morning in Johannesburg.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 3, 16, 8, 0, 0, TimeSpan.Zero);

    private WebApplication? _app;

    public FakeTimeProvider Clock { get; } = new(Epoch);

    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "eclipse-tests", Guid.NewGuid().ToString("N"));

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public SeedDocument Seed { get; private set; } = null!;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("Engine not started");

    /// <summary>A folder of rule files layered over the shipped defaults (<c>--rules DIR</c>); set before start.</summary>
    public string? RulesDirectory { get; init; }

    /// <summary>
    /// Run with the rate limiter in the pipeline (<c>policies.rateLimits</c> then apply, default limits on). Off by default
    /// so suites that storm the ledger or log in hundreds of times on a frozen clock are not throttled (ADR 0021).
    /// </summary>
    public bool RateLimited { get; init; }

    /// <summary>Extra configuration (e.g. <c>--Store:Store=Host=...</c>) for derived fixtures.</summary>
    protected virtual IEnumerable<string> ExtraArguments() => [];

    /// <summary>The engine's outgoing HTTP calls still waiting for an answer.</summary>
    public UpstreamCallTracker UpstreamCalls { get; } = new();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        string[] args =
        [
            "--Engine:Port=0",
            "--Engine:PrintBanner=false",
            $"--Store:DataDir={DataDir}",
            "--Store:SqliteSynchronous=NORMAL",
            "--DemoWorld:CustomerCount=400",
            "--DemoWorld:IntegratorKeyBits=2048",
            "--Identity:PasswordHashIterations=1000",
            "--Logging:LogLevel:Default=Warning",
            $"--RateLimiting:Enabled={RateLimited}",
            .. RulesDirectory is null ? Array.Empty<string>() : [$"--Rules:Directory={RulesDirectory}", "--Rules:Debounce=00:00:00.100"],
            .. ExtraArguments(),
        ];
        _app = EngineHost.Build(args, services =>
        {
            // A manual virtual clock over this fixture's fake clock: tests advance Clock directly or via /sim/v1/clock.
            services.AddSingleton(new VirtualClock(Clock, ClockMode.Manual));
            services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<VirtualClock>());
            services.AddSingleton(UpstreamCalls);
            services.ConfigureAll<Microsoft.Extensions.Http.HttpClientFactoryOptions>(o =>
                o.HttpMessageHandlerBuilderActions.Add(b => b.AdditionalHandlers.Insert(0, UpstreamCalls.NewHandler())));
            ConfigureServices(services);
        });
        await _app.StartAsync();
        BaseAddress = new Uri(StartupBanner.BaseUrl(_app.Services.GetRequiredService<IServer>()) + "/");
        var seeder = _app.Services.GetRequiredService<DemoWorldSeeder>();
        Seed = await seeder.LoadAsync(CancellationToken.None) ?? throw new InvalidOperationException("No seed document");
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>An HTTP client for the engine, without credentials.</summary>
    public EclipseClient Anonymous() => new(new HttpClient { BaseAddress = BaseAddress });

    public async Task<EclipseClient> LoginAsync(string identity, string password)
    {
        var client = Anonymous();
        await client.LoginAsync(identity, password);
        return client;
    }

    public Task<EclipseClient> LoginTenantAsync(int index = 0) => LoginAsync(Seed.Tenants[index].Identity, Seed.Tenants[index].Password);

    public Task<EclipseClient> LoginIntegratorAsync() => LoginAsync(Seed.GlobalIntegrator.Identity, Seed.GlobalIntegrator.Password);

    public Task<EclipseClient> LoginAdminAsync() => LoginAsync(Seed.Admin.Identity, Seed.Admin.Password);

    /// <summary>A client that uses HTTP Basic with the simulator-admin credential (control plane).</summary>
    public EclipseClient SimulatorAdmin()
    {
        var client = Anonymous();
        client.UseBasic(Seed.Admin.Identity, Seed.Admin.Password);
        return client;
    }
}
