using System.Globalization;
using Spectre.Console;

namespace EclipseConformance.Load.Progress;

/// <summary>A live-updating table on an interactive terminal.</summary>
public sealed class SpectreProgressReporter(IAnsiConsole console) : IProgressReporter, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private ProgressSnapshot? _latest;
    private Task _display = Task.CompletedTask;
    private string _runName = string.Empty;

    public void Start(string runName)
    {
        _runName = runName;
        var table = Render(null);
        _display = console.Live(table).AutoClear(false).StartAsync(async context =>
        {
            while (!_stop.IsCancellationRequested)
            {
                context.UpdateTarget(Render(Volatile.Read(ref _latest)));
                context.Refresh();
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            context.UpdateTarget(Render(Volatile.Read(ref _latest)));
            context.Refresh();
        });
    }

    public void Report(ProgressSnapshot snapshot) => Volatile.Write(ref _latest, snapshot);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _display;
    }

    public void Dispose() => _stop.Dispose();

    private Table Render(ProgressSnapshot? snapshot)
    {
        var title = snapshot is null
            ? $"{Markup.Escape(_runName)}: starting"
            : string.Create(CultureInfo.InvariantCulture, $"{Markup.Escape(_runName)}: {snapshot.Phase} {snapshot.Elapsed.TotalSeconds:F0} / {snapshot.Planned.TotalSeconds:F0} s");
        var table = new Table().Title(title).Border(TableBorder.Rounded);
        foreach (var column in new[] { "scenario", "req/s", "in flight", "ok", "failed", "dropped", "late", "p50 ms", "p99 ms" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var s in snapshot?.Scenarios ?? [])
        {
            table.AddRow(
                Markup.Escape(s.Name),
                s.RequestsPerSecond.ToString("F0", CultureInfo.InvariantCulture),
                s.InFlight.ToString(CultureInfo.InvariantCulture),
                s.Ok.ToString(CultureInfo.InvariantCulture),
                s.Failed == 0 ? "0" : $"[red]{s.Failed}[/]",
                s.Dropped == 0 ? "0" : $"[red]{s.Dropped}[/]",
                s.Late == 0 ? "0" : $"[yellow]{s.Late}[/]",
                s.P50Ms.ToString("F2", CultureInfo.InvariantCulture),
                s.P99Ms.ToString("F2", CultureInfo.InvariantCulture));
        }

        return table;
    }
}
