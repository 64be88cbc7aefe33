using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load;

/// <summary>Context for <see cref="ScenarioProps.WithInit"/> and <see cref="ScenarioProps.WithClean"/>.</summary>
public interface IScenarioInitContext
{
    ScenarioInfo ScenarioInfo { get; }

    ILogger Logger { get; }

    CancellationToken CancellationToken { get; }
}
