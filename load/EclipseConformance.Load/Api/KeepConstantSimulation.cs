namespace EclipseConformance.Load;

/// <summary>Closed model: <paramref name="Copies"/> loops each run the scenario back to back.</summary>
public sealed record KeepConstantSimulation(int Copies, TimeSpan During) : LoadSimulation(During)
{
    /// <summary>The most concurrent loops accepted.</summary>
    public const int MaxCopies = 10_000;

    internal override void Validate()
    {
        base.Validate();
        ValidateCopies(Copies);
    }

    internal static void ValidateCopies(int copies)
    {
        if (copies is < 0 or > MaxCopies)
        {
            throw new ArgumentOutOfRangeException(nameof(copies), copies, $"Copies are between 0 and {MaxCopies}.");
        }
    }
}
