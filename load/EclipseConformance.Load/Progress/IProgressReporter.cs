namespace EclipseConformance.Load.Progress;

/// <summary>Receives a snapshot once per reporting interval while the run is going.</summary>
public interface IProgressReporter
{
    void Start(string runName);

    void Report(ProgressSnapshot snapshot);

    Task StopAsync();
}
