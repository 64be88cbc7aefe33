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

    /// <summary>The engine's upstream timeouts (VAS provider calls, withdrawal deliveries): 30 s in the matrix's engine.</summary>
    private static readonly TimeSpan UpstreamTimeout = TimeSpan.FromSeconds(30);

    public int Advances { get; private set; }

    /// <summary>
    /// Awaits <paramref name="action"/> (an HTTP request to the engine), moving the clock only while the request waits on
    /// an upstream call a simulator holds: a request otherwise needs no clock, and moving it under a request that is
    /// merely slow (a loaded machine) would expire its claim on the payment and let the background worker repeat the step.
    /// </summary>
    public async Task<T> DriveAsync<T>(Task<T> action, int maxAdvances = 8)
    {
        for (var i = 0; i < maxAdvances; i++)
        {
            if (!await HeldOrDoneAsync(action))
            {
                break;
            }

            if (action.IsCompleted)
            {
                return await action;
            }

            Advance();
        }

        return await action.WaitAsync(Patience);
    }

    /// <summary>
    /// Moves the clock (when quiet) until <paramref name="done"/> holds; false if it still does not after the bound. The
    /// default bound (about 10 minutes) covers a delivery failing on all its attempts and stays inside the 15-minute login.
    /// </summary>
    public async Task<bool> AdvanceUntilAsync(Func<Task<bool>> done, int maxAdvances = 20)
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
        var vas = engine.Services.GetRequiredService<VasWorkProcessor>();
        var sweeper = engine.Services.GetRequiredService<WithdrawalSweeper>();
        var worker = engine.Services.GetRequiredService<WithdrawalDeliveryWorker>();
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var (open, held) = (engine.UpstreamCalls.InFlight, Held());
            if (open <= held && (open > 0 || (vas.IsIdle && sweeper.IsIdle && worker.IsIdle)))
            {
                return;
            }

            await Task.Delay(5, patience.Token);
        }
    }

    /// <summary>Waits (real time, bounded) until <paramref name="action"/> is done or every open upstream call is held; false on patience.</summary>
    private async Task<bool> HeldOrDoneAsync(Task action)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var open = engine.UpstreamCalls.InFlight;
            if (action.IsCompleted || (open > 0 && open <= Held()))
            {
                return true;
            }

            await FinishesAsync(action, TimeSpan.FromMilliseconds(5));
        }

        return false;
    }

    /// <summary>
    /// Requests a simulator is holding that the engine may still be waiting for: a hold older than the longest upstream
    /// timeout (on the shared clock) is one the engine has already given up on.
    /// </summary>
    private int Held()
    {
        var since = engine.Clock.GetUtcNow() - UpstreamTimeout;
        return engine.Services.GetRequiredService<SimulatorSet>().All
            .Sum(s => s.Journal.Entries(last: 20).Count(e => !e.Completed && e.FaultKind is not null && e.ReceivedAt > since));
    }

    private static async Task<bool> FinishesAsync(Task task, TimeSpan within)
    {
        await Task.WhenAny(task, Task.Delay(within));
        return task.IsCompleted;
    }
}
