using EclipseConformance.Engine.Vas;
using EclipseConformance.Engine.Webhooks;
using EclipseConformance.Engine.Withdrawals;
using EclipseConformance.Simulators;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// Drives the engine's manual clock for the matrix without races: it moves the clock only when the engine is quiet, that
/// is when every outgoing call still open is one a simulator was told to hold and, with none open, the VAS work processor
/// and the withdrawal loops are parked. Each move is one <see cref="Step"/> (past every upstream timeout, check interval,
/// poll interval and first retry), followed by a nudge so the background loops look at the new time. All waits are bounded.
/// </summary>
internal sealed class MatrixClock(EngineFixture engine)
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(31);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public int Advances { get; private set; }

    /// <summary>Awaits <paramref name="action"/>, moving the clock whenever the engine is quiet and the action still waits.</summary>
    public async Task<T> DriveAsync<T>(Task<T> action, int maxAdvances = 8)
    {
        for (var i = 0; ; i++)
        {
            if (await FinishesAsync(action, TimeSpan.FromMilliseconds(100)))
            {
                return await action;
            }

            await QuietAsync();
            if (action.IsCompleted || i >= maxAdvances)
            {
                return await action.WaitAsync(Patience);
            }

            Advance();
        }
    }

    /// <summary>Moves the clock (when quiet) until <paramref name="done"/> holds; false if it still does not after the bound.</summary>
    public async Task<bool> AdvanceUntilAsync(Func<Task<bool>> done, int maxAdvances = 10)
    {
        for (var i = 0; ; i++)
        {
            await QuietAsync();
            if (await done())
            {
                return true;
            }

            if (i >= maxAdvances)
            {
                return false;
            }

            Advance();
        }
    }

    /// <summary>Lets <paramref name="span"/> pass once the engine is quiet (e.g. past the catalog cache's lifetime).</summary>
    public async Task PassAsync(TimeSpan span)
    {
        await QuietAsync();
        Advance(span);
    }

    private void Advance(TimeSpan? span = null)
    {
        engine.Clock.Advance(span ?? Step);
        Advances++;
        engine.Services.GetRequiredService<VasWorkSignal>().Nudge();
        engine.Services.GetRequiredService<WithdrawalSweeper>().Nudge();
        engine.Services.GetRequiredService<WithdrawalDeliveryWorker>().Nudge();
        engine.Services.GetRequiredService<CallbackSignal>().Nudge();
    }

    /// <summary>Waits (real time, bounded) until the engine is quiet (see the class summary).</summary>
    public async Task QuietAsync()
    {
        var simulators = engine.Services.GetRequiredService<SimulatorSet>().All;
        var vas = engine.Services.GetRequiredService<VasWorkProcessor>();
        var sweeper = engine.Services.GetRequiredService<WithdrawalSweeper>();
        var worker = engine.Services.GetRequiredService<WithdrawalDeliveryWorker>();
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var open = engine.UpstreamCalls.InFlight;
            var held = simulators.Sum(s => s.Journal.Entries(last: 20).Count(e => !e.Completed && e.FaultKind is not null));
            if (open <= held && (open > 0 || (vas.IsIdle && sweeper.IsIdle && worker.IsIdle)))
            {
                return;
            }

            await Task.Delay(5, patience.Token);
        }
    }

    private static async Task<bool> FinishesAsync(Task task, TimeSpan within)
    {
        await Task.WhenAny(task, Task.Delay(within));
        return task.IsCompleted;
    }
}
