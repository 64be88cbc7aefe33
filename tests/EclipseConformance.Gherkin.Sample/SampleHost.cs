namespace GherkinSample;

/// <summary>
/// Stands in for a run-wide fixture such as the engine host: created once in [BeforeTestRun], shared by every
/// scenario of every feature, disposed after the run.
/// </summary>
public sealed class SampleHost : IDisposable
{
    public string Id { get; } = Guid.NewGuid().ToString("N");

    public bool Disposed { get; private set; }

    public void Dispose() => Disposed = true;
}
