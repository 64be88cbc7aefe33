namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// A money flow of the engine and the upstream calls it makes, in order. <see cref="RunAsync"/> runs it once through the
/// public HTTP API for a fresh customer, drives the clock until the engine considers it final (bounded) and reports.
/// </summary>
internal abstract class MatrixFlow(string name)
{
    public string Name => name;

    public abstract IReadOnlyList<FlowStep> Steps { get; }

    /// <summary>The call that sells upstream, whose answer a <see cref="FlowStep.LoseSaleAnswerFirst"/> step has lost.</summary>
    public FlowStep? Sale => Steps.FirstOrDefault(s => s.Phase == StepPhase.Sale);

    public abstract Task<FlowRun> RunAsync(MatrixWorld world);

    public override string ToString() => Name;
}
