namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// One upstream call of a flow: the simulator and its route's operation name (what a fault matches), its phase, and
/// whether the sale's answer must be lost first for the engine to make this call at all (a status query after a timeout).
/// </summary>
public sealed record FlowStep(string Simulator, string Operation, StepPhase Phase, bool LoseSaleAnswerFirst = false)
{
    /// <summary>
    /// Every step gets the one-off faults; a selling step also the "sold, answer lost" ones; a step the engine repeats
    /// (status query, delivery) also the faults that repeat past its limit, and a delivery the "delivered, answer lost" ones.
    /// </summary>
    public IEnumerable<MatrixFault> Faults => Phase switch
    {
        StepPhase.Sale => [.. MatrixFaults.Unprocessed, .. MatrixFaults.Processed],
        StepPhase.Confirm => [.. MatrixFaults.Unprocessed, .. MatrixFaults.Repeated],
        StepPhase.Delivery => [.. MatrixFaults.Unprocessed, .. MatrixFaults.DeliveredThenLost, .. MatrixFaults.Repeated],
        _ => MatrixFaults.Unprocessed,
    };
}
