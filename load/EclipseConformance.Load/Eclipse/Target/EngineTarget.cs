using System.Security.Cryptography;
using EclipseConformance.Load.Eclipse.Api;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Eclipse.Target;

/// <summary>
/// The default target of the Eclipse profiles: the real engine as a separate process on a free loopback port, with a
/// fresh temporary data dir (embedded SQLite with the default durability, or <c>--store</c> PostgreSQL) and an admin
/// password the runner chose. Stopped (killed) and its data dir deleted after the run.
/// </summary>
public sealed class EngineTarget : ILoadTarget
{
    private readonly ChildProcess _process;
    private readonly string _dataDir;

    private EngineTarget(ChildProcess process, string dataDir, EngineTargetOptions options, AdminCredentials admin)
    {
        _process = process;
        _dataDir = dataDir;
        Options = options;
        Admin = admin;
    }

    public Uri BaseAddress => _process.BaseAddress;

    public EngineTargetOptions Options { get; }

    public AdminCredentials Admin { get; }

    public int ProcessId => _process.Id;

    /// <summary>The fresh temporary data dir (SQLite file, signing keys); deleted on dispose.</summary>
    public string DataDirectory => _dataDir;

    public string StoreDescription => Options.IsSqlite ? "sqlite (embedded, fresh temporary data dir, default durability)" : "postgresql";

    public string Description => $"engine process {ProcessId} at {BaseAddress} ({StoreDescription})";

    /// <summary>Lines the engine logged at error level (a failed batch, an unhandled exception…).</summary>
    public long ErrorLines => _process.ErrorLines;

    public string OutputTail() => _process.Tail();

    public static async Task<EngineTarget> StartAsync(EngineTargetOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dll = EngineLocator.Find(options.EngineDll);
        var admin = new AdminCredentials(AdminCredentials.DefaultIdentity, options.AdminPassword ?? "Load-" + RandomNumberGenerator.GetHexString(20, lowercase: true));
        var dataDir = Directory.CreateTempSubdirectory("eclipse-load-").FullName;
        var urlFile = Path.Combine(dataDir, "engine-url");
        string[] arguments =
        [
            "--port", "0",
            $"--Engine:UrlFile={urlFile}",
            "--data-dir", dataDir,
            "--store", options.IsSqlite ? "sqlite" : options.Store,
            "--admin-password", admin.Password,
            "--Engine:PrintBanner=false",
            // A load run measures the engine, not the per-user rate limits a single load user would hit at once
            // (600/min by default). Override with --engine-arg=--RateLimiting:Enabled=true to measure them too.
            "--RateLimiting:Enabled=false",
            .. options.ExtraArguments,
        ];
        try
        {
            var process = await ChildProcess.StartDotnetReportingUrlAsync(dll, arguments, urlFile, "sim/v1/health", options.StartTimeout, time, cancellationToken);
            return new EngineTarget(process, dataDir, options, admin);
        }
        catch
        {
            TryDelete(dataDir);
            throw;
        }
    }

    /// <summary>The engine's resident and peak memory now.</summary>
    public (long RssKiB, long PeakKiB)? Memory() => ProcessStatus.Memory(ProcessId);

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        TryDelete(_dataDir);
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort: a temporary folder.
        }
    }
}
