using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Loads the rules at start (before the server accepts requests) and reloads them when a file in the rules folder
/// is created, changed, renamed or deleted, after a quiet period (<see cref="RulesOptions.Debounce"/>). The debounce
/// runs on the real clock: file events happen in real time even when the engine's clock is virtual.
/// </summary>
public sealed partial class RulesWatcher(RulesRuntime runtime, IOptions<RulesOptions> options, ILogger<RulesWatcher> logger) : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await runtime.ReloadAsync(cancellationToken);
        var directory = options.Value.Directory;
        if (!options.Value.Watch || string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            return;
        }

        _debounce = TimeProvider.System.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _watcher = new FileSystemWatcher(Path.GetFullPath(directory))
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Created += OnEvent;
        _watcher.Changed += OnEvent;
        _watcher.Deleted += OnEvent;
        _watcher.Renamed += OnEvent;
        _watcher.EnableRaisingEvents = true;
        RulesLog.Watching(logger, directory);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _watcher = null;
        _debounce?.Dispose();
        _debounce = null;
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        var renamedFrom = (e as RenamedEventArgs)?.OldFullPath;
        if (RuleSources.IsRuleFile(e.FullPath) || (renamedFrom is not null && RuleSources.IsRuleFile(renamedFrom)))
        {
            _debounce?.Change(options.Value.Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task ReloadAsync()
    {
        try
        {
            await runtime.ReloadAsync();
        }
        catch (Exception ex)
        {
            LogReloadFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Rule reload failed unexpectedly")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
