namespace EclipseConformance.Load;

/// <summary>What a running scenario copy knows about itself (NBomber's <c>ScenarioInfo</c>).</summary>
/// <param name="ScenarioName">The scenario's name.</param>
/// <param name="InstanceNumber">Closed model: the loop (virtual user) number. Open model: the worker slot number.</param>
/// <param name="ScenarioDuration">The measured duration of the scenario's load simulations (warm-up excluded).</param>
/// <param name="AgentIndex">This runner's index in a distributed run (0 when alone).</param>
/// <param name="AgentCount">The number of agents in a distributed run (1 when alone).</param>
public sealed record ScenarioInfo(string ScenarioName, int InstanceNumber, TimeSpan ScenarioDuration, int AgentIndex, int AgentCount)
{
    public string InstanceId => $"{ScenarioName}_{AgentIndex}_{InstanceNumber}";
}
