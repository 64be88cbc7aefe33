using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Execution;

/// <summary>One scenario copy (a closed-model loop or an open-model worker slot); reused across its invocations.</summary>
internal sealed class ScenarioContext(ScenarioInfo info, ILogger logger, RunControl control, bool isWarmUp, CancellationToken scenarioToken) : IScenarioContext
{
    private Dictionary<string, object>? _instanceData;

    public ScenarioInfo ScenarioInfo { get; } = info;

    public long InvocationNumber { get; set; }

    public bool IsWarmUp { get; } = isWarmUp;

    public ILogger Logger { get; } = logger;

    public CancellationToken ScenarioCancellationToken { get; } = scenarioToken;

    public Dictionary<string, object> ScenarioInstanceData => _instanceData ??= new(StringComparer.Ordinal);

    public void StopCurrentTest(string reason) => control.Stop(reason);
}
