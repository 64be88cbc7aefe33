using System.Globalization;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace EclipseConformance.Simulators;

/// <summary>
/// Base of every upstream simulator: one WireMock.Net server on a loopback port, the provider's
/// routes answered through callbacks, a runtime fault registry applied around every route and a
/// bounded request journal. A new provider is one subclass: name it, declare its routes
/// (<see cref="DefineRoutes"/>), keep its fixtures, and say how its errors look
/// (<see cref="RenderBusinessError"/>, <see cref="RenderHttpError"/>, <see cref="RenderNotFound"/>).
/// </summary>
public abstract partial class UpstreamSimulator : IDisposable
{
    private readonly Lock _gate = new();
    private readonly ILogger _logger;
    private WireMockServer? _server;
    private CancellationTokenSource? _lifetime;
    private ISimulatorRandom _random;

    protected UpstreamSimulator(string name, SimulatorContext context)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(context);
        Name = name;
        Context = context;
        _logger = context.LoggerFactory.CreateLogger(GetType());
        Faults = new FaultRegistry(context.Clock, context.Options.MaxFaults);
        Journal = new RequestJournal(context.Options.JournalCapacity, context.Options.JournalBodyLimit, context.Clock);
        _random = SeededRandom.ForStream(context.Seed, name);
    }

    /// <summary>Stable lower-case name, used as the key in <see cref="SimulatorSet"/> and the control plane.</summary>
    public string Name { get; }

    public SimulatorOptions Options => Context.Options;

    /// <summary>Faults applied to matching requests; add/remove/list at run time.</summary>
    public FaultRegistry Faults { get; }

    /// <summary>The last N requests received (N = <see cref="SimulatorOptions.JournalCapacity"/>).</summary>
    public RequestJournal Journal { get; }

    public bool IsRunning => _server is not null;

    /// <summary>e.g. "http://127.0.0.1:41234" (no trailing slash). Throws when not running.</summary>
    public string BaseUrl => _server?.Url ?? throw new InvalidOperationException($"Simulator '{Name}' is not running.");

    public int Port => new Uri(BaseUrl).Port;

    protected SimulatorContext Context { get; }

    protected TimeProvider Clock => Context.Clock;

    /// <summary>The simulator's random stream; restarted from the seed by <see cref="Reset"/>.</summary>
    protected ISimulatorRandom Random => Volatile.Read(ref _random);

    public void Start()
    {
        lock (_gate)
        {
            if (_server is not null)
            {
                return;
            }

            var settings = new WireMockServerSettings
            {
                Urls = [string.Create(CultureInfo.InvariantCulture, $"http://{Options.Host}:{Options.Port}")],
                StartAdminInterface = false,
                ReadStaticMappings = false,
                MaxRequestLogCount = 0, // the simulator's own journal is the bounded log
                DisableJsonBodyParsing = true,
                AllowBodyForAllHttpMethods = true,
                Logger = new WireMockLoggerAdapter(_logger, Name),
                PreWireMockMiddlewareInit = HttpContextSlot.Install,
            };
            _lifetime = new CancellationTokenSource();
            WireMockServer server;
            try
            {
                server = WireMockServer.Start(settings);
            }
            catch
            {
                _lifetime.Dispose();
                _lifetime = null;
                throw;
            }

            foreach (var route in DefineRoutes())
            {
                var current = route;
                server.Given(Request.Create().WithPath(route.Path).UsingMethod(route.Method))
                    .AtPriority(10)
                    .RespondWith(Response.Create().WithCallback(message => HandleAsync(current, message)));
            }

            var fallback = new SimRoute("ANY", "/*", _ => null, RenderNotFound);
            server.Given(Request.Create().WithPath("/*").UsingAnyMethod())
                .AtPriority(1000)
                .RespondWith(Response.Create().WithCallback(message => HandleAsync(fallback, message)));
            _server = server;
            SimulatorLog.Started(_logger, Name, server.Url!);
        }
    }

    public void Stop()
    {
        WireMockServer? server;
        lock (_gate)
        {
            server = _server;
            _server = null;
        }

        if (server is null)
        {
            return;
        }

        _lifetime?.Cancel(); // releases requests held by delays and timeouts
        server.Stop();
        server.Dispose();
        _lifetime?.Dispose();
        _lifetime = null;
        SimulatorLog.Stopped(_logger, Name);
    }

    /// <summary>A fresh world: no faults, empty journal, provider state back to fixtures, random stream restarted.</summary>
    public void Reset()
    {
        Faults.Clear();
        Journal.Clear();
        Volatile.Write(ref _random, SeededRandom.ForStream(Context.Seed, Name));
        OnReset();
    }

    /// <summary>Registers a fault (see <see cref="FaultRegistry.Add"/>).</summary>
    public ActiveFault AddFault(FaultSpec spec)
    {
        var fault = Faults.Add(spec);
        SimulatorLog.FaultAdded(_logger, Name, fault.Id, fault.Spec.Outcome.Kind);
        return fault;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Stop();
        }
    }

    /// <summary>The provider's endpoints.</summary>
    protected abstract IEnumerable<SimRoute> DefineRoutes();

    /// <summary>Drops provider state (transactions, inbox, overrides) back to the fixtures.</summary>
    protected abstract void OnReset();

    /// <summary>The provider's own error answer for a business-error fault.</summary>
    protected abstract SimResponse RenderBusinessError(SimRequest request, string code, string? message);

    /// <summary>The body of an HTTP-status fault when the fault names none.</summary>
    protected virtual SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        SimResponse.Json(statusCode, new { error = "simulated upstream failure", status = statusCode });

    /// <summary>The answer for a path the provider does not have.</summary>
    protected virtual SimResponse RenderNotFound(SimRequest request) =>
        SimResponse.Json(404, new { error = "not found", path = request?.Path });

    /// <summary>What a malformed-body fault mangles when the provider did not process the request.</summary>
    protected virtual SimResponse RenderMalformedSeed(SimRequest request) => RenderHttpError(request, 200);
}
