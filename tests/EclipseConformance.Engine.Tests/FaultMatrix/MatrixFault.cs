using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// The upstream faults of the matrix: each is injected once (count-bounded) so a retry, a status query or a later poll can
/// get a true answer. The "Processed" kinds let the upstream act before the answer is lost: the sale happened, the engine
/// never heard (only meaningful on a step that moves money upstream).
/// </summary>
public enum MatrixFault
{
    Timeout,
    Http500,
    Http503,
    MalformedBody,
    ConnectionReset,
    ProcessedThenTimeout,
    ProcessedThenMalformedBody,
    ProcessedThenConnectionReset,
}

internal static class MatrixFaults
{
    /// <summary>Longer than every engine upstream timeout (30 s) so the engine gives up first; short enough to end within a step.</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(40);

    public static readonly MatrixFault[] Unprocessed =
        [MatrixFault.Timeout, MatrixFault.Http500, MatrixFault.Http503, MatrixFault.MalformedBody, MatrixFault.ConnectionReset];

    public static readonly MatrixFault[] Processed =
        [MatrixFault.ProcessedThenTimeout, MatrixFault.ProcessedThenMalformedBody, MatrixFault.ProcessedThenConnectionReset];

    public static FaultOutcome Outcome(this MatrixFault fault) => fault switch
    {
        MatrixFault.Timeout => FaultOutcome.Timeout(Hold),
        MatrixFault.Http500 => FaultOutcome.HttpError(500),
        MatrixFault.Http503 => FaultOutcome.HttpError(503),
        MatrixFault.MalformedBody => FaultOutcome.Malformed(),
        MatrixFault.ConnectionReset => FaultOutcome.Reset(),
        MatrixFault.ProcessedThenTimeout => FaultOutcome.SucceedThenTimeout(Hold),
        MatrixFault.ProcessedThenMalformedBody => FaultOutcome.Malformed(processFirst: true),
        MatrixFault.ProcessedThenConnectionReset => FaultOutcome.Reset(processFirst: true),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    public static bool ProcessesFirst(this MatrixFault fault) => fault.Outcome().ProcessFirst;
}
