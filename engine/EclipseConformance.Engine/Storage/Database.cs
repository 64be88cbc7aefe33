using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EclipseConformance.Engine.Storage;

/// <summary>
/// The engine's store: opens connections to the SQLite file or the PostgreSQL database and knows the few SQL
/// differences between them (<see cref="Sql"/>). Features write portable SQL with Dapper on top.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _sqliteConnectionString = "";
    private readonly string _sqlitePragmas = "";
    private readonly string _sqliteWriterPragmas = "";

    // Pooled SQLite connections reuse their native handle: the per-connection PRAGMAs are run once per handle, not on
    // every open (a round of eight statements per request otherwise).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> _configured = [];

    public Database(IOptions<StoreOptions> options)
    {
        var o = options.Value;
        Provider = o.Provider;
        Sql = new SqlDialect(Provider);
        if (Provider == StoreProvider.Postgres)
        {
            var builder = new NpgsqlDataSourceBuilder(NormalisePostgres(o.Store));
            builder.ConnectionStringBuilder.MaxPoolSize = o.PostgresMaxPoolSize;
            builder.ConnectionStringBuilder.NoResetOnClose = true;
            _postgres = builder.Build();
            Description = $"PostgreSQL {builder.ConnectionStringBuilder.Host}:{builder.ConnectionStringBuilder.Port}/{builder.ConnectionStringBuilder.Database}";
        }
        else
        {
            Directory.CreateDirectory(o.DataDir);
            var file = Path.GetFullPath(Path.Combine(o.DataDir, "eclipse-sim.db"));
            _sqliteConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = file,
                Cache = SqliteCacheMode.Private,
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
            // A large WAL auto-checkpoint threshold: checkpoints normally run in the background (SqliteCheckpointer),
            // not inside a batch's commit; the threshold is the safety net that bounds the WAL.
            _sqlitePragmas = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"PRAGMA synchronous={o.SqliteSynchronous}; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-{o.SqliteCacheMiB * 1024L}; PRAGMA mmap_size={(long)o.SqliteMmapMiB * 1024 * 1024}; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=20000;");
            _sqliteWriterPragmas = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA cache_size=-{o.SqliteWriterCacheMiB * 1024L};");
            Description = $"SQLite {file}";
        }
    }

    public StoreProvider Provider { get; }

    public SqlDialect Sql { get; }

    /// <summary>Human-readable location, for the start banner.</summary>
    public string Description { get; }

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_sqliteConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (connection.Handle is { } handle && !_configured.TryGetValue(handle, out _))
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = _sqlitePragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            _configured.AddOrUpdate(handle, handle);
        }

        return connection;
    }

    /// <summary>
    /// A connection for a long-lived writer that keeps it (the ledger's group commit): a larger page cache than the
    /// pooled connections' (<see cref="StoreOptions.SqliteWriterCacheMiB"/>). Same as <see cref="OpenAsync"/> on PostgreSQL.
    /// </summary>
    public async ValueTask<DbConnection> OpenWriterAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        if (connection is SqliteConnection { Handle: { } handle })
        {
            // When the writer lets go of this handle (a failed batch, shutdown) the pool hands it to readers: forget it
            // was configured, so the next reader that gets it is given the reader cache size again.
            _configured.Remove(handle);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = _sqliteWriterPragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    /// <summary>
    /// Starts a write transaction. On SQLite this is BEGIN IMMEDIATE, so the write lock is taken up front and two
    /// writers never deadlock upgrading a read lock.
    /// </summary>
    public static async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: false)
            : await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static string NormalisePostgres(string store)
    {
        if (!store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            && !store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return store;
        }

        var uri = new Uri(store);
        var user = Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]);
        var password = uri.UserInfo.Contains(':', StringComparison.Ordinal) ? Uri.UnescapeDataString(uri.UserInfo[(uri.UserInfo.IndexOf(':') + 1)..]) : "";
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.TrimStart('/'),
            Username = user,
        };
        if (password.Length > 0)
        {
            builder.Password = password;
        }

        return builder.ToString();
    }
}
