namespace EclipseConformance.TestKit;

/// <summary>The same engine as <see cref="EngineFixture"/>, on a fresh PostgreSQL database (when a server is available).</summary>
public class PostgresEngineFixture : EngineFixture
{
    public string? ConnectionString { get; private set; }

    public bool Available => ConnectionString is not null;

    protected override IEnumerable<string> ExtraArguments() => ConnectionString is null ? [] : [$"--Store:Store={ConnectionString}"];

    public override async ValueTask InitializeAsync()
    {
        if (PostgresTestServer.ServerConnectionString is null)
        {
            return;
        }

        ConnectionString = await PostgresTestServer.CreateDatabaseAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (ConnectionString is not null)
        {
            await base.DisposeAsync();
            await PostgresTestServer.DropDatabaseAsync(ConnectionString);
        }

        GC.SuppressFinalize(this);
    }
}
