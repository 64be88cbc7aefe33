using System.Net;
using EclipseConformance.Load.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Echo;

/// <summary>
/// The honesty baseline: a bare Kestrel JSON echo. <c>POST /echo</c> answers the request body as
/// application/json, <c>GET /echo</c> a tiny JSON document. No logging, no middleware beyond routing.
/// Any other transfer report states its throughput as a ratio to this endpoint's on the same machine.
/// </summary>
public sealed class EchoServer : ILoadTarget
{
    /// <summary>Largest request body echoed; larger ones get 413 from Kestrel.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private static readonly byte[] GetBody = """{"status":"ok","service":"echo"}"""u8.ToArray();

    private readonly WebApplication _app;
    private long _connections;

    private EchoServer(WebApplication app, EchoServerOptions options)
    {
        _app = app;
        Options = options;
    }

    public EchoServerOptions Options { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public string Description => $"in-process echo server at {BaseAddress}";

    /// <summary>TCP connections accepted so far (shows how many connections a client really opened).</summary>
    public long ConnectionsAccepted => Volatile.Read(ref _connections);

    public static async Task<EchoServer> StartAsync(EchoServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EchoServerOptions();
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EchoServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(5));
        EchoServer? server = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Listen(IPAddress.Parse(options.Host), options.Port, listen => listen.Use(next => connection =>
            {
                Interlocked.Increment(ref server!._connections);
                return next(connection);
            }));
        });

        var app = builder.Build();
        server = new EchoServer(app, options);
        app.MapGet("/echo", static context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = GetBody.Length;
            return context.Response.Body.WriteAsync(GetBody, context.RequestAborted).AsTask();
        });
        app.MapPost("/echo", static async context =>
        {
            context.Response.ContentType = "application/json";
            if (context.Request.ContentLength is { } length)
            {
                context.Response.ContentLength = length;
            }

            await context.Request.BodyReader.CopyToAsync(context.Response.BodyWriter, context.RequestAborted);
        });

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
