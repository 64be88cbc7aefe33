namespace EclipseConformance.Load.Progress;

public sealed class NullProgressReporter : IProgressReporter
{
    public static readonly NullProgressReporter Instance = new();

    public void Start(string runName)
    {
    }

    public void Report(ProgressSnapshot snapshot)
    {
    }

    public Task StopAsync() => Task.CompletedTask;
}
