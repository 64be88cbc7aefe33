namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// One upstream call of a flow: the simulator and its route's operation name (what a fault matches), its phase, and
/// whether the sale's answer must be lost first for the engine to make this call at all (a status query after a timeout).
/// </summary>
public sealed record FlowStep(string Simulator, string Operation, StepPhase Phase, bool LoseSaleAnswerFirst = false)
{
    public IEnumerable<MatrixFault> Faults => Phase == StepPhase.Sale ? [.. MatrixFaults.Unprocessed, .. MatrixFaults.Processed] : MatrixFaults.Unprocessed;
}
