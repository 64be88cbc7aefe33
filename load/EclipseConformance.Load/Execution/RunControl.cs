namespace EclipseConformance.Load.Execution;

/// <summary>Run-wide stop signal: Ctrl+C, <see cref="IScenarioContext.StopCurrentTest"/>, or the drain timeout.</summary>
public sealed class RunControl : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private string? _reason;

    public RunControl(CancellationToken external)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(external);
        External = external;
    }

    public CancellationToken External { get; }

    public CancellationToken Token => _stop.Token;

    /// <summary>Why the run stopped early; null when it ran its full plan.</summary>
    public string? StoppedReason => _reason ?? (External.IsCancellationRequested ? "cancelled by the user" : null);

    public void Stop(string reason)
    {
        Interlocked.CompareExchange(ref _reason, reason, null);
        _stop.Cancel();
    }

    public void Dispose() => _stop.Dispose();
}
