using System.Security.Cryptography;
using EclipseConformance.Load.Eclipse.Api;
using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.Eclipse.Traffic;
using EclipseConformance.Load.Eclipse.Verification;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// The state of one Eclipse profile run, from setup to verification: the admin client, the seed, the wallets the run
/// may touch, every transfer it sent, and the engine counters before it started.
/// </summary>
public sealed class EclipseRun : IAsyncDisposable
{
    private const string ItemKey = "eclipse-run";
    private const int LoginParallelism = 8;

    private readonly long _setupStarted;

    private EclipseRun(ProfileContext context, EclipseAdmin admin, SeedInfo seed, EngineTarget? engine)
    {
        Context = context;
        Admin = admin;
        Seed = seed;
        Engine = engine;
        Tag = RandomNumberGenerator.GetHexString(8, lowercase: true);
        _setupStarted = context.Time.GetTimestamp();
        RandomSeed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
    }

    public ProfileContext Context { get; }

    public EclipseAdmin Admin { get; }

    public SeedInfo Seed { get; }

    /// <summary>The engine process when the runner started it (RSS, error lines); null with --target.</summary>
    public EngineTarget? Engine { get; }

    public WalletTable Wallets { get; } = new();

    public TransferBook Book { get; } = new();

    /// <summary>Every scenario's caller (their sessions' logins and renewals go in the report).</summary>
    public List<EclipseCaller> Callers { get; } = [];

    /// <summary>Per-run values a profile keeps for its own report sections.</summary>
    public Dictionary<string, object> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>How long the setup (wallets, funding, logins) took.</summary>
    public TimeSpan SetupTime { get; private set; }

    public bool Started { get; private set; }

    /// <summary>Short random id of this run (wallet names, descriptions).</summary>
    public string Tag { get; }

    public ulong RandomSeed { get; }

    public LedgerStatsInfo StatsBefore { get; private set; } = LedgerStatsInfo.Zero;

    public string? LoadAverageBefore { get; private set; }

    public TimeProvider Time => Context.Time;

    public static async Task<EclipseRun> StartAsync(ProfileContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var engine = context.OwnTarget as EngineTarget;
        var eclipse = context.Options.Eclipse;
        var credentials = engine?.Admin
            ?? (eclipse.AdminPassword is { } password
                ? new AdminCredentials(eclipse.AdminIdentity, password)
                : throw new InvalidOperationException("With --target, pass the engine's simulator admin password: --admin-password (and --admin-identity if not 'admin')."));
        var admin = new EclipseAdmin(context.Target, credentials);
        try
        {
            var seed = await admin.SeedAsync(cancellationToken);
            var run = context.Own(new EclipseRun(context, admin, seed, engine));
            context.Items[ItemKey] = run;
            return run;
        }
        catch
        {
            admin.Dispose();
            throw;
        }
    }

    public static EclipseRun Of(ProfileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var run) ? (EclipseRun)run : throw new InvalidOperationException("The run was not set up.");
    }

    /// <summary>A new unique externalUniqueId (a GUID; version 7, so keys sort by time).</summary>
    public Guid NewKey() => Guid.CreateVersion7(Time.GetUtcNow());

    /// <summary>An independent random stream for one scenario copy.</summary>
    public SplitMix64 RandomFor(int scenario, int copy) => new(RandomSeed ^ ((ulong)scenario << 48) ^ ((ulong)copy * 0x9E3779B97F4A7C15UL));

    /// <summary>Logs every copy in (its own session each), a few at a time.</summary>
    public async Task<EclipseSession[]> LoginAsync(int copies, Func<int, EclipseIdentity> identityOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identityOf);
        var sessions = Enumerable.Range(0, copies).Select(i => new EclipseSession(Context.Http.Client, identityOf(i), Time)).ToArray();
        await Parallel.ForEachAsync(sessions, new ParallelOptions { MaxDegreeOfParallelism = LoginParallelism, CancellationToken = cancellationToken },
            async (session, ct) => await session.LoginAsync(ct));
        return sessions;
    }

    /// <summary>A channel and logged-in sessions for one scenario's copies.</summary>
    public async Task<EclipseCaller> NewCallerAsync(Func<int, EclipseIdentity> identityOf, CancellationToken cancellationToken)
    {
        var channel = await EclipseChannel.CreateAsync(Context, cancellationToken);
        var caller = new EclipseCaller(channel, await LoginAsync(channel.Copies, identityOf, cancellationToken));
        Callers.Add(caller);
        return caller;
    }

    /// <summary>A tenant's API user from the seed.</summary>
    public EclipseIdentity TenantUser(long tenantId)
    {
        var tenant = Seed.TenantById(tenantId);
        return new EclipseIdentity(tenant.Identity, tenant.Password, tenant.TenantId);
    }

    /// <summary>Call after setup, before any recorded transfer: balances, engine counters, load average.</summary>
    public async Task MarkStartAsync(CancellationToken cancellationToken)
    {
        await BalanceReader.SnapshotAsync(Admin, Wallets, cancellationToken);
        StatsBefore = await Admin.LedgerStatsAsync(cancellationToken);
        LoadAverageBefore = ProcessStatus.LoadAverage();
        SetupTime = Time.GetElapsedTime(_setupStarted);
        Started = true;
    }

    public ValueTask DisposeAsync()
    {
        Admin.Dispose();
        return ValueTask.CompletedTask;
    }
}
