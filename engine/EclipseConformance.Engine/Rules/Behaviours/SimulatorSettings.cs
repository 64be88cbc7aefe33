namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Settings of the hosted simulators that rule files set (the <c>simulators</c> section), layered field by field: a
/// later file's value wins, <c>null</c> removes an earlier one. An unset field leaves the simulator at its configured
/// value (<c>Simulators:{name}:...</c>). <see cref="FioranoConfirmationDelaySource"/> names the file that set it.
/// </summary>
public sealed record SimulatorSettings(TimeSpan? FioranoConfirmationDelay = null, string? FioranoConfirmationDelaySource = null)
{
    public static SimulatorSettings None { get; } = new();
}
