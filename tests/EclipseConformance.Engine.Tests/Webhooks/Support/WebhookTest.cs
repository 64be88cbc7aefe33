using EclipseConformance.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace EclipseConformance.Engine.Tests.Webhooks.Support;

/// <summary>Base of the webhook tests that run their own engine: a fresh SQLite folder and fake clock per test.</summary>
public abstract class WebhookTest : IAsyncLifetime
{
    private readonly TempDirectory _dataDir = new();
    private readonly List<WebhookEngine> _engines = [];
    private readonly List<CallbackReceiver> _receivers = [];

    internal FakeTimeProvider Clock { get; } = new(EngineFixture.Epoch);

    internal string DataDir => _dataDir.Path;

    internal static string Body(string reference) => $$"""{"withdrawalId":"{{reference}}","status":"SUCCESSFUL","amount":12.500000000}""";

    /// <summary>Starts an engine on this test's SQLite folder (or another store) and waits until its dispatcher is parked.</summary>
    internal async Task<WebhookEngine> StartEngineAsync(string? store = null, params string[] settings)
    {
        var engine = await WebhookEngine.StartAsync(Clock, DataDir, store, settings);
        _engines.Add(engine);
        await engine.WaitIdleAsync();
        return engine;
    }

    /// <summary>A rules folder holding one rule file with this YAML body (after <c>version: 1</c>), as an engine setting.</summary>
    internal string RulesWith(string yaml)
    {
        var dir = Path.Combine(DataDir, "rules-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "test.yaml"), "version: 1\n" + yaml);
        return $"--Rules:Directory={dir}";
    }

    internal CallbackReceiver StartReceiver(params int[] statuses)
    {
        var receiver = CallbackReceiver.Start(Clock, statuses);
        _receivers.Add(receiver);
        return receiver;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var receiver in _receivers)
        {
            receiver.Release();
        }

        foreach (var engine in _engines)
        {
            await engine.DisposeAsync();
        }

        foreach (var receiver in _receivers)
        {
            receiver.Dispose();
        }

        _dataDir.Dispose();
        GC.SuppressFinalize(this);
    }
}
