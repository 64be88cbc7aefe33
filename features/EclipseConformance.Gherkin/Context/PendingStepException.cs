namespace EclipseConformance.Gherkin;

/// <summary>Thrown by a step that is written but not implemented yet; the scenario is reported as pending.</summary>
public sealed class PendingStepException : Exception
{
    public PendingStepException()
        : base("One or more step definitions are not implemented yet.")
    {
    }

    public PendingStepException(string message)
        : base(message)
    {
    }
}
