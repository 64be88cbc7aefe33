using EclipseConformance.Load.Http;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Profiles;

/// <summary>What a profile gets to build its scenarios and to check its invariants after the run.</summary>
public sealed class ProfileContext(ProfileOptions options, HttpTarget http, TimeProvider time, ILogger logger) : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    public ProfileOptions Options { get; } = options;

    /// <summary>The target's base address (the one given with --target, or the profile's own).</summary>
    public Uri Target => Http.BaseAddress;

    /// <summary>The target the runner started (the profile's default target, or one shared by a bench); null with --target.</summary>
    public ILoadTarget? OwnTarget { get; init; }

    /// <summary>The shared, connection-limited client for the target.</summary>
    public HttpTarget Http { get; } = http;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;

    /// <summary>State a profile keeps between building scenarios and verifying (e.g. acknowledged transfer ids).</summary>
    public Dictionary<string, object> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>Connections available to one scenario: closed-model loops of this agent, or open-model workers.</summary>
    public int Connections => Http.MaxConnections;

    /// <summary>A lean HTTP/1.1 client for one scenario (disposed after the run).</summary>
    public async Task<RawHttpTarget> CreateRawTargetAsync(CancellationToken cancellationToken)
    {
        var raw = await RawHttpTarget.CreateAsync(Target, Connections, cancellationToken);
        _owned.Add(raw);
        return raw;
    }

    /// <summary>Disposes <paramref name="owned"/> with this context (after the checks).</summary>
    public T Own<T>(T owned) where T : IAsyncDisposable
    {
        _owned.Add(owned);
        return owned;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        _owned.Clear();
    }
}
