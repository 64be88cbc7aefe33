using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Execution;

internal sealed record ScenarioInitContext(ScenarioInfo ScenarioInfo, ILogger Logger, CancellationToken CancellationToken) : IScenarioInitContext;
