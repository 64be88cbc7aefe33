namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>One row of the matrix: a fault of one kind on one upstream step of one flow.</summary>
internal sealed record MatrixRow(MatrixFlow Flow, FlowStep Step, MatrixFault Fault)
{
    public string Id => $"{Flow.Name}: {Step.Simulator}.{Step.Operation} {Fault}";
}
