using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Engine.Host;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Webhooks;
using EclipseConformance.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EclipseConformance.Engine.Tests.Webhooks.Support;

/// <summary>
/// The real engine host (as <see cref="EngineFixture"/> starts it) on a store the test chooses, so a test can stop it
/// and start another on the same SQLite folder or PostgreSQL database, and run two at once. Shares the test's clock.
/// </summary>
internal sealed class WebhookEngine : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private WebhookEngine(WebApplication app, FakeTimeProvider clock, SeedDocument seed)
    {
        _app = app;
        Clock = clock;
        Seed = seed;
        BaseAddress = new Uri(StartupBanner.BaseUrl(app.Services.GetRequiredService<IServer>()) + "/");
    }

    public FakeTimeProvider Clock { get; }

    public SeedDocument Seed { get; }

    public Uri BaseAddress { get; }

    public long TenantId => Seed.Tenants[0].TenantId;

    public CallbackDispatcher Dispatcher => Get<CallbackDispatcher>();

    public static async Task<WebhookEngine> StartAsync(FakeTimeProvider clock, string dataDir, string? store = null, params string[] settings)
    {
        string[] args =
        [
            "--Engine:Port=0",
            "--Engine:PrintBanner=false",
            $"--Store:DataDir={dataDir}",
            "--Store:SqliteSynchronous=NORMAL",
            "--DemoWorld:CustomerCount=100",
            "--DemoWorld:CapFamilySize=0",
            "--DemoWorld:IntegratorKeyBits=2048",
            "--Identity:PasswordHashIterations=1000",
            "--Logging:LogLevel:Default=Warning",
            .. store is null ? Array.Empty<string>() : [$"--Store:Store={store}"],
            .. settings,
        ];
        var app = EngineHost.Build(args, services => services.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        var seed = await app.Services.GetRequiredService<DemoWorldSeeder>().LoadAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("No seed document");
        return new WebhookEngine(app, clock, seed);
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Enqueues through the public outbox API inside a write transaction, as a producer feature does.</summary>
    public async Task<long> EnqueueAsync(string url, string body, string reference, bool nudge = true, string kind = "WITHDRAWAL", long? tenantId = null)
    {
        var outbox = Get<CallbackOutbox>();
        await using var connection = await Get<Database>().OpenAsync();
        await using var transaction = await Database.BeginWriteAsync(connection);
        var id = await outbox.EnqueueAsync(connection, transaction, new CallbackMessage(tenantId ?? TenantId, url, body, kind, reference));
        await transaction.CommitAsync();
        if (nudge)
        {
            outbox.Nudge();
        }

        return id;
    }

    public async Task<CallbackView> CallbackAsync(long callbackId) =>
        await Get<CallbackInspection>().FindAsync(callbackId, CancellationToken.None) ?? throw new InvalidOperationException($"No callback {callbackId}");

    /// <summary>
    /// Nudges the dispatcher and waits (real time, bounded) until it has looked for due callbacks at the clock's current
    /// time, finished every attempt it started and parked again.
    /// </summary>
    public async Task WaitIdleAsync()
    {
        Get<CallbackSignal>().Nudge();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Dispatcher.IsIdle)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The callback dispatcher did not go idle in 60 s (scans so far: {Dispatcher.Scans}).");
            }

            await Task.Delay(2);
        }
    }

    /// <summary>Moves the fake clock and lets the dispatcher do whatever is now due.</summary>
    public Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return WaitIdleAsync();
    }

    public EclipseClient SimulatorAdmin()
    {
        var client = new EclipseClient(new HttpClient { BaseAddress = BaseAddress });
        client.UseBasic(Seed.Admin.Identity, Seed.Admin.Password);
        return client;
    }

    public EclipseClient Anonymous() => new(new HttpClient { BaseAddress = BaseAddress });

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
