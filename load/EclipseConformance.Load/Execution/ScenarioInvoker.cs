using System.Runtime.CompilerServices;
using EclipseConformance.Load.Measurement;

namespace EclipseConformance.Load.Execution;

/// <summary>Runs the scenario function once and reports the outcome; exceptions become failures, never crashes.</summary>
internal sealed class ScenarioInvoker(Func<IScenarioContext, Task<IResponse>> run, TimeProvider time)
{
    private long _invocations;

    public long Invocations => Volatile.Read(ref _invocations);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask InvokeAsync(ScenarioContext context, long intendedTimestamp, long startTimestamp, ScenarioMeter meter)
    {
        context.InvocationNumber = Interlocked.Increment(ref _invocations);
        IResponse response;
        try
        {
            response = await run(context) ?? Response.Fail("null", "The scenario returned no response.");
        }
        catch (OperationCanceledException) when (context.ScenarioCancellationToken.IsCancellationRequested)
        {
            response = Response.Fail("cancelled", "Cancelled when the run stopped or the drain timed out.");
        }
        catch (Exception ex)
        {
            response = Response.Fail("exception", $"{ex.GetType().Name}: {ex.Message}");
        }

        meter.OnCompleted(intendedTimestamp, startTimestamp, time.GetTimestamp(), response);
    }
}
