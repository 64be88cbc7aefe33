namespace EclipseConformance.Load;

/// <summary>
/// Closed model: the number of loops moves linearly from the previous phase's count (0 at the start or after a
/// pause) to <paramref name="Copies"/> over <paramref name="During"/>.
/// </summary>
public sealed record RampingConstantSimulation(int Copies, TimeSpan During) : LoadSimulation(During)
{
    internal override void Validate()
    {
        base.Validate();
        KeepConstantSimulation.ValidateCopies(Copies);
    }
}
