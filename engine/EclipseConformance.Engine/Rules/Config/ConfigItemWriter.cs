using Dapper;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Rules;

/// <summary>Writes a batch of runtime config items in one transaction (all or nothing), then refreshes the store's cache.</summary>
public sealed class ConfigItemWriter(Database database, TenantConfigStore store, TimeProvider time)
{
    public async Task WriteAsync(long tenantId, IReadOnlyList<ConfigItem> items, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var tx = await Database.BeginWriteAsync(connection, cancellationToken))
        {
            var ms = time.GetUtcNow().ToUnixTimeMilliseconds();
            foreach (var item in items)
            {
                if (item.Value is null)
                {
                    await connection.ExecuteAsync(
                        "DELETE FROM tenant_config WHERE tenant_id = @tenantId AND key = @Key", new { tenantId, item.Key }, tx);
                }
                else
                {
                    await connection.ExecuteAsync(
                        """
                        INSERT INTO tenant_config (tenant_id, key, value, updated_ms) VALUES (@tenantId, @Key, @Value, @ms)
                        ON CONFLICT (tenant_id, key) DO UPDATE SET value = excluded.value, updated_ms = excluded.updated_ms
                        """,
                        new { tenantId, item.Key, item.Value, ms },
                        tx);
                }
            }

            await tx.CommitAsync(cancellationToken);
        }

        store.Invalidate();
    }
}
