using Dapper;
using EclipseConformance.Engine.Lookup;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Storage;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Lookup;

/// <summary>
/// "Never scan the world per request": SQLite's plan for every criterion shape uses indexes only — no full scan of
/// customers or wallets — so a lookup costs the size of its candidate sets, not of the world (ADR 0021).
/// </summary>
public class LookupQueryPlanTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    public static TheoryData<string[]> Shapes() => new(
        ["lastName", "phone"],
        ["lastName", "nationalIdentityNumber"],
        ["lastName", "passportNumber"],
        ["lastName", "walletFriendlyId"],
        ["lastName", "accountNumber"],
        ["lastName", "externalUniqueId"],
        ["lastName", "walletId"],
        ["phone", "passportNumber", "nationalIdentityNumber"],
        ["lastName", "phone", "nationalIdentityNumber", "passportNumber", "walletFriendlyId", "accountNumber", "externalUniqueId", "walletId"]);

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Every_criterion_shape_is_answered_from_indexes_without_scanning_customers_or_wallets(string[] criteria)
    {
        var query = new LookupQuery(
            criteria.Contains("lastName") ? "Dlamini" : null,
            criteria.Contains("phone") ? "0821112222" : null,
            criteria.Contains("nationalIdentityNumber") ? "8001015009087" : null,
            criteria.Contains("passportNumber") ? "A12345678" : null,
            criteria.Contains("walletFriendlyId") ? "ABCD2345" : null,
            criteria.Contains("accountNumber") ? "62001234567" : null,
            criteria.Contains("externalUniqueId") ? "ext-123456" : null,
            criteria.Contains("walletId") ? 2536001 : null,
            Transferable: true);
        var (sql, parameters) = LookupStore.Build(query, LookupMatchRule.TwoCriteria, 100);

        await using var connection = await engine.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        var plan = (await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, parameters))
            .Select(r => r.Detail).ToList();

        plan.Should().Contain(d => d.StartsWith("SEARCH", StringComparison.Ordinal));
        plan.Where(d => d.StartsWith("SCAN", StringComparison.Ordinal) && !d.StartsWith("SCAN m", StringComparison.Ordinal))
            .Should().BeEmpty("the plan was:\n{0}", string.Join("\n", plan));
    }
}
