using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// "When a request to upstream <see cref="Upstream"/> matches, answer <see cref="Fault"/>'s outcome after its delay":
/// a rule-file behaviour, already translated into the simulators' <see cref="FaultSpec"/> (id <c>rules.{name}</c>).
/// </summary>
public sealed record SimulatorBehaviour(string Name, string Upstream, FaultSpec Fault, string? Description, string Source, bool Enabled = true)
{
    public const string IdPrefix = "rules.";

    public static string FaultIdFor(string name) => IdPrefix + name;
}
