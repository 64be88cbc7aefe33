using Dapper;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Tests.Storage;

public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Every_pooled_open_has_the_store_settings_and_the_writer_has_its_larger_cache()
    {
        await using var database = new Database(Options.Create(new StoreOptions { DataDir = _dir.Path, SqliteCacheMiB = 3, SqliteWriterCacheMiB = 40 }));
        for (var open = 0; open < 3; open++)
        {
            // The PRAGMAs run once per pooled handle: a reopened (pooled) connection must still carry them.
            await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
            (await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys")).Should().Be(1);
            (await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout")).Should().Be(30000);
            (await connection.ExecuteScalarAsync<long>("PRAGMA cache_size")).Should().Be(-3 * 1024);
            (await connection.ExecuteScalarAsync<long>("PRAGMA mmap_size")).Should().Be(0);
        }

        await using var writer = await database.OpenWriterAsync(TestContext.Current.CancellationToken);
        (await writer.ExecuteScalarAsync<long>("PRAGMA cache_size")).Should().Be(-40 * 1024);
        (await writer.ExecuteScalarAsync<long>("PRAGMA foreign_keys")).Should().Be(1);
    }

    public void Dispose() => _dir.Dispose();
}
