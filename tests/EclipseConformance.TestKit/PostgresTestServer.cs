using Npgsql;
using Xunit;

namespace EclipseConformance.TestKit;

/// <summary>
/// The PostgreSQL server the test run started (<c>tests/postgres-server.sh</c> exports ECLIPSE_TEST_POSTGRES).
/// Each fixture gets its own fresh database. Without a server the PostgreSQL tests skip with a stated reason,
/// unless ECLIPSE_REQUIRE_POSTGRES=1 (CI), where they fail.
/// </summary>
public static class PostgresTestServer
{
    /// <summary>
    /// The test server, with a generous connect timeout: the whole engine suite shares two cores, and Npgsql's default
    /// 15 s was not always enough for a connect while dozens of in-process engines were busy.
    /// </summary>
    public static string? ServerConnectionString => Environment.GetEnvironmentVariable("ECLIPSE_TEST_POSTGRES") is { Length: > 0 } server
        ? new Npgsql.NpgsqlConnectionStringBuilder(server) { Timeout = 60 }.ToString()
        : null;

    public static bool Required => Environment.GetEnvironmentVariable("ECLIPSE_REQUIRE_POSTGRES") == "1";

    public const string SkipReason = "PostgreSQL is not available (ECLIPSE_TEST_POSTGRES unset); ./run.sh test starts one when postgresql is installed";

    /// <summary>Skips the calling test when there is no server (fails instead when one is required).</summary>
    public static void SkipIfUnavailable()
    {
        if (ServerConnectionString is null)
        {
            if (Required)
            {
                throw new InvalidOperationException("ECLIPSE_REQUIRE_POSTGRES=1 but ECLIPSE_TEST_POSTGRES is not set");
            }

            Assert.Skip(SkipReason);
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix = "eclipse_test")
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(SkipReason);
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ToString();
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
