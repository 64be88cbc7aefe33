using System.Globalization;
using System.Text;
using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Host;

/// <summary>
/// Prints where the engine listens, the demo identities and passwords, and where the docs are; writes the base URL to
/// <see cref="EngineOptions.UrlFile"/> when one is set.
/// </summary>
public sealed class StartupBanner(
    IHostApplicationLifetime lifetime, IServer server, DemoWorldSeeder seeder, Database database, IOptions<EngineOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.UrlFile is { Length: > 0 } urlFile)
        {
            lifetime.ApplicationStarted.Register(() => WriteUrlFile(urlFile, BaseUrl(server)));
        }

        if (options.Value.PrintBanner)
        {
            lifetime.ApplicationStarted.Register(() => _ = PrintAsync());
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string BaseUrl(IServer server) =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/') ?? "http://127.0.0.1:8080";

    /// <summary>Written to a temporary name and moved into place, so a reader never sees half a URL.</summary>
    private static void WriteUrlFile(string path, string url)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, url);
        File.Move(temporary, full, overwrite: true);
    }

    private async Task PrintAsync()
    {
        var seed = await seeder.LoadAsync(CancellationToken.None);
        var url = BaseUrl(server);
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("EclipseConformance reference engine is ready");
        text.AppendLine(CultureInfo.InvariantCulture, $"  Eclipse API   {url}{EclipseApi.BasePath}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  Control plane {url}{EclipseApi.ControlPath}   (health: {url}{EclipseApi.ControlPath}/health)");
        text.AppendLine(CultureInfo.InvariantCulture, $"  Docs          {url}/docs   OpenAPI: {url}/openapi/eclipse.json   README.md in the repository");
        text.AppendLine(CultureInfo.InvariantCulture, $"  Store         {database.Description}");
        if (seed is not null)
        {
            text.AppendLine();
            text.AppendLine("  Demo identities (POST /eclipse-conductor/rest/v1/authentication/login):");
            text.AppendLine(CultureInfo.InvariantCulture, $"    admin (global admin + simulator admin)  {seed.Admin.Identity} / {seed.Admin.Password}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    global integrator (tenant {seed.GlobalIntegrator.TenantId})       {seed.GlobalIntegrator.Identity} / {seed.GlobalIntegrator.Password}   wallet {seed.GlobalIntegrator.WalletId} (also PKI)");
            foreach (var t in seed.Tenants)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {t.Name,-24} ({t.Country}, {t.TenantId})  {t.Identity} / {t.Password}   funded wallet {t.WalletIds[0]}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  Everything else: curl -u {seed.Admin.Identity}:<password> {url}{EclipseApi.ControlPath}/seed");
        }

        text.AppendLine("  Press Ctrl-C to stop.");
        await Console.Out.WriteLineAsync(text.ToString());
    }
}
