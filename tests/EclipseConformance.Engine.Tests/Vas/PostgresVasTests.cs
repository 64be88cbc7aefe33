using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>The VAS flow on PostgreSQL: the same SQL (claims, RETURNING, advisory-locked duplicate check) on the scale-out store.</summary>
public class PostgresVasTests(PostgresEngineFixture engine) : IClassFixture<PostgresEngineFixture>
{
    [Fact]
    public async Task A_utility_purchase_completes_and_its_key_cannot_be_reused_on_PostgreSQL()
    {
        PostgresTestServer.SkipIfUnavailable();
        var vas = new VasCalls(engine);
        using var client = await vas.LoginAsync();
        var customer = vas.Customer(0);
        var (body, _) = DocumentRequests.For(DocumentRequests.Utility, customer.WalletId);

        var post = await vas.PostRawAsync(client, customer, body);
        post.Code.Should().Be(200, post.Text);
        var final = await vas.AwaitFinalAsync(client, post.Json!["paymentId"]!.GetValue<long>());
        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        ExtraInfo.Slot(final["extraInfo"]!.GetValue<string>(), "electricityResponse")["tokens"]![0]!["tokenNumber"]!.GetValue<string>().Should().HaveLength(20);

        var duplicate = await vas.PostRawAsync(client, customer, body);
        duplicate.Code.Should().Be(409);
        using var admin = engine.SimulatorAdmin();
        (await new LedgerProbe(admin).InvariantsAsync(admin))["ok"]!.GetValue<bool>().Should().BeTrue();
    }
}
