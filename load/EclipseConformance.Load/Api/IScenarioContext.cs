using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load;

/// <summary>Per-invocation context handed to the scenario function (NBomber's <c>IScenarioContext</c>).</summary>
public interface IScenarioContext
{
    ScenarioInfo ScenarioInfo { get; }

    /// <summary>Starts at 1 and increases with every invocation of the scenario in this run (warm-up included).</summary>
    long InvocationNumber { get; }

    /// <summary>True during warm-up: results are not measured.</summary>
    bool IsWarmUp { get; }

    ILogger Logger { get; }

    /// <summary>Cancelled when the run is stopped (Ctrl+C, <see cref="StopCurrentTest"/>, drain timeout).</summary>
    CancellationToken ScenarioCancellationToken { get; }

    /// <summary>State kept for this scenario copy (loop or worker slot) across its invocations.</summary>
    Dictionary<string, object> ScenarioInstanceData { get; }

    /// <summary>Stops the whole run early; the reason is written in the report.</summary>
    void StopCurrentTest(string reason);
}
