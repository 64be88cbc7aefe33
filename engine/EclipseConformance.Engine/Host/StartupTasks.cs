using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Host;

/// <summary>
/// Runs before the server accepts requests (hosted services start before Kestrel): schema migrations, the JWT
/// signing key, and the demo world on an empty store. <c>/sim/v1/health</c> answers only after these.
/// </summary>
public sealed class StartupTasks(Migrator migrator, SigningKeys keys, DemoWorldSeeder seeder) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        await keys.LoadOrCreateAsync(cancellationToken);
        await seeder.EnsureSeededAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
