using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Dapper;
using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Control.Reset;

/// <summary>
/// <c>POST /sim/v1/reset</c>: a fresh world. Every table is emptied (children before parents on SQLite;
/// <c>TRUNCATE … RESTART IDENTITY</c> on PostgreSQL) and the id sequences are put back, so the reseeded world has the
/// same ids as a first start; the JWT signing key and the integrator's key pair are kept (RSA 4096 generation is what
/// would make a reset slow). In-memory state goes too: caches, the journal, simulator state and faults (rule-file
/// behaviours and simulator settings are reapplied), and every token issued before the reset.
/// </summary>
public sealed partial class WorldReset(
    Database database, DemoWorldSeeder seeder, TenantStore tenants, TenantConfigStore config, Journal.RequestJournal journal, SimulatorSet simulators,
    BehaviourApplier behaviours, SimulatorSettingsApplier simulatorSettings, TokenService tokens, IEnumerable<IResetParticipant> participants) : IDisposable
{
    private static readonly Regex SequenceBaseline = SequenceRegex();

    /// <summary>Tables the migrations fill with reference data (e.g. wallet_types): kept by a reset.</summary>
    private static readonly Lazy<HashSet<string>> ReferenceTables = new(() =>
        Migrator.Scripts(StoreProvider.Sqlite).Concat(Migrator.Scripts(StoreProvider.Postgres))
            .SelectMany(s => ReferenceInsertRegex().Matches(s.Sql).Select(m => m.Groups[1].Value))
            .Where(t => t != "sqlite_sequence")
            .ToHashSet(StringComparer.Ordinal));

    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ResetReport> ResetAllAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var integratorKey = (await seeder.LoadAsync(cancellationToken))?.GlobalIntegrator.PrivateKeyPem;
            int cleared;
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
                cleared = database.Provider == StoreProvider.Postgres
                    ? await TruncatePostgresAsync(connection, tx)
                    : await ClearSqliteAsync(connection, tx);
                await connection.ExecuteAsync("DELETE FROM sim_state WHERE key <> 'identity.jwt-signing-key'", transaction: tx);
                await tx.CommitAsync(cancellationToken);
            }

            tokens.RevokeAllIssuedBefore();
            tenants.Invalidate();
            config.Invalidate();
            journal.Clear();
            simulators.ResetAll();
            behaviours.Reapply();
            simulatorSettings.Reapply();
            await seeder.EnsureSeededAsync(integratorKey, cancellationToken);
            foreach (var participant in participants)
            {
                await participant.OnWorldResetAsync(cancellationToken);
            }

            return new ResetReport("world", null, Stopwatch.GetElapsedTime(started).TotalMilliseconds, cleared, 0, 0, 0);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static async Task<int> TruncatePostgresAsync(DbConnection connection, DbTransaction tx)
    {
        var tables = (await connection.QueryAsync<string>(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('schema_migrations', 'sim_state')", transaction: tx))
            .Where(t => !ReferenceTables.Value.Contains(t)).ToList();
        if (tables.Count > 0)
        {
            await connection.ExecuteAsync($"TRUNCATE TABLE {string.Join(", ", tables.Select(t => $"\"{t}\""))} RESTART IDENTITY CASCADE", transaction: tx);
        }

        return tables.Count;
    }

    private static async Task<int> ClearSqliteAsync(DbConnection connection, DbTransaction tx)
    {
        var tables = (await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('schema_migrations', 'sim_state')",
            transaction: tx)).Where(t => !ReferenceTables.Value.Contains(t)).ToList();
        var parents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            parents[table] = (await connection.QueryAsync<string>($"SELECT \"table\" FROM pragma_foreign_key_list('{table}')", transaction: tx))
                .Where(p => p != table).ToHashSet(StringComparer.Ordinal);
        }

        // Delete a table only once no remaining table still references it (children first).
        var remaining = new HashSet<string>(tables, StringComparer.Ordinal);
        while (remaining.Count > 0)
        {
            var leaf = remaining.FirstOrDefault(t => !remaining.Any(other => other != t && parents[other].Contains(t)))
                ?? throw new InvalidOperationException("Foreign keys form a cycle; cannot order the reset");
            await connection.ExecuteAsync($"DELETE FROM \"{leaf}\"", transaction: tx);
            remaining.Remove(leaf);
        }

        await connection.ExecuteAsync("DELETE FROM sqlite_sequence", transaction: tx);
        foreach (var (_, sql) in Migrator.Scripts(StoreProvider.Sqlite))
        {
            foreach (Match match in SequenceBaseline.Matches(sql))
            {
                await connection.ExecuteAsync("INSERT INTO sqlite_sequence (name, seq) VALUES (@name, @seq)",
                    new { name = match.Groups[1].Value, seq = long.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) }, tx);
            }
        }

        return tables.Count;
    }

    [GeneratedRegex(@"INSERT INTO (\w+)")]
    private static partial Regex ReferenceInsertRegex();

    [GeneratedRegex(@"INSERT INTO sqlite_sequence \(name, seq\) VALUES \('(\w+)', (\d+)\)")]
    private static partial Regex SequenceRegex();
}
