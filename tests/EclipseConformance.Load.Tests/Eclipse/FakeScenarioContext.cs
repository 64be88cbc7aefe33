using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EclipseConformance.Load.Tests.Eclipse;

/// <summary>One scenario copy's context, for calling scenario building blocks directly.</summary>
internal sealed class FakeScenarioContext(int instance, CancellationToken token) : IScenarioContext
{
    public ScenarioInfo ScenarioInfo { get; } = new("fake", instance, TimeSpan.FromSeconds(1), 0, 1);

    public long InvocationNumber => 1;

    public bool IsWarmUp => false;

    public ILogger Logger => NullLogger.Instance;

    public CancellationToken ScenarioCancellationToken { get; } = token;

    public Dictionary<string, object> ScenarioInstanceData { get; } = [];

    public void StopCurrentTest(string reason)
    {
    }
}
