using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CsCheck;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// Property-based fuzzing of every route the engine serves (read from its own route table, shapes from its OpenAPI
/// documents): generated hostile bodies, strings, query values and ids never produce a 5xx, a stack trace or a body
/// that is not Eclipse's envelope; certainly-invalid bodies are refused and move no money; the ledger invariants hold.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed partial class HostileInputFuzzTests(ErrorCapturingEngineFixture engine, ITestOutputHelper output) : IClassFixture<ErrorCapturingEngineFixture>
{
    /// <summary>
    /// Cases per route and property: bounded so the class stays well under a minute; set ECLIPSE_FUZZ_CASES_PER_ROUTE for a
    /// longer hunt (e.g. 300).
    /// </summary>
    private static readonly int CasesPerRoute =
        int.TryParse(Environment.GetEnvironmentVariable("ECLIPSE_FUZZ_CASES_PER_ROUTE"), out var n) && n > 0 ? n : 14;

    /// <summary>Routes whose accepted calls would wipe or rewind the world under this fuzzer: fuzzed one request at a time on their own engine by <see cref="DestructiveControlFuzzTests"/>.</summary>
    internal static readonly HashSet<string> Destructive =
    [
        "POST /sim/v1/reset", "DELETE /sim/v1/journal", "DELETE /sim/v1/faults", "PUT /sim/v1/rules", "DELETE /sim/v1/rules", "POST /sim/v1/rules/reload",
        "PUT /sim/v1/config-items", "PUT /eclipse-conductor/rest/v1/tenants/{tenantId:long}/config-items", "POST /sim/v1/clock/advance", "POST /sim/v1/clock/set",
    ];

    [Fact]
    public async Task Certainly_invalid_bodies_on_every_route_are_refused_with_the_envelope_and_change_nothing()
    {
        var operations = (await OperationsAsync()).Where(o => o.HasJsonBody).ToList();
        operations.Should().NotBeEmpty();
        var generator = new HostileRequests(new FuzzWorld(engine));
        using var sim = engine.SimulatorAdmin();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customers = SeedCustomers.From(engine);
        var before = await probe.InvariantsAsync(sim);
        var walletsBefore = (await probe.SnapshotAsync(customers.TenantId, customers.WalletId), await probe.SnapshotAsync(customers.TenantId, customers.OtherWalletId));

        var failures = await FuzzAsync(operations, generator.MustReject, mustReject: true);

        failures.Should().BeEmpty();
        var after = await probe.InvariantsAsync(sim);
        after["ok"]!.GetValue<bool>().Should().BeTrue(after.ToJsonString());
        after["postings"]!.GetValue<long>().Should().Be(before["postings"]!.GetValue<long>(), "a refused request posts nothing");
        after["entries"]!.GetValue<long>().Should().Be(before["entries"]!.GetValue<long>());
        (await probe.SnapshotAsync(customers.TenantId, customers.WalletId), await probe.SnapshotAsync(customers.TenantId, customers.OtherWalletId))
            .Should().Be(walletsBefore, "no balance, reservation or transaction moved");
    }

    [Fact]
    public async Task Hostile_strings_query_values_and_ids_on_every_route_never_break_the_engine()
    {
        var operations = await OperationsAsync();
        var generator = new HostileRequests(new FuzzWorld(engine));
        using var sim = engine.SimulatorAdmin();

        var failures = await FuzzAsync(operations, generator.Anything, mustReject: false);

        failures.Should().BeEmpty();
        var after = await new LedgerProbe(sim).InvariantsAsync(sim);
        after["ok"]!.GetValue<bool>().Should().BeTrue(after.ToJsonString());
    }

    private async Task<List<ApiOperation>> OperationsAsync() =>
        (await ApiOperation.ReadAsync(engine)).Where(o => !Destructive.Contains(o.ToString())).ToList();

    private async Task<List<string>> FuzzAsync(List<ApiOperation> operations, Func<ApiOperation, Gen<HostileRequest>> cases, bool mustReject)
    {
        using var admin = await engine.LoginAdminAsync();
        using var anonymous = engine.Anonymous();
        var failures = new ConcurrentDictionary<string, string>();
        var covered = new ConcurrentDictionary<string, int>();
        var statuses = new ConcurrentDictionary<string, int>();
        await Gen.Int[0, operations.Count - 1].SelectMany(i => cases(operations[i])).SampleAsync(async request =>
        {
            covered.AddOrUpdate(request.Operation.ToString(), 1, (_, n) => n + 1);
            // Authentication routes are called anonymously (a renew would otherwise revoke the fuzzer's own token).
            var client = request.Operation.Pattern.Contains("/authentication/", StringComparison.Ordinal) ? anonymous : admin;
            var (problem, status) = await ProblemAsync(client, request, mustReject);
            statuses.AddOrUpdate($"{request.Operation} -> {status}", 1, (_, n) => n + 1);
            if (problem is not null)
            {
                failures.TryAdd($"{request.Operation} {problem.Split(':')[0]}", $"{problem}\n    request: {request}");
            }
        }, iter: operations.Count * CasesPerRoute, threads: 2);

        foreach (var (key, count) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{key}: {count}");
        }

        covered.Keys.Should().BeEquivalentTo(operations.Select(o => o.ToString()), "every route is fuzzed");
        // A 5xx names the exception the engine logged for it, so a failure found by a random case can be fixed from the report.
        return [.. failures.Values.Order(StringComparer.Ordinal), .. failures.IsEmpty ? [] : engine.Errors.Lines.Take(5).Select(l => $"engine logged: {Trim(l)}")];
    }

    private static async Task<(string? Problem, string Status)> ProblemAsync(EclipseClient client, HostileRequest request, bool mustReject)
    {
        ApiResponse response;
        try
        {
            response = await client.SendAsync(request.ToMessage());
        }
        catch (HttpRequestException ex)
        {
            return ($"connection failed: {ex.Message}", "-");
        }
        catch (System.Text.Json.JsonException ex)
        {
            return ($"response is not valid JSON: {ex.Message}", "-");
        }

        return (response.Code >= 500 ? $"{response.Code}: {Trim(response.Text)}"
            : StackTrace().IsMatch(response.Text) ? $"internals leaked: {Trim(response.Text)}"
            : response.Code >= 400 && !response.IsEnvelope() && !RefusedByTheServer(response) ? $"not the envelope ({response.Code}): {Trim(response.Text)}"
            : mustReject && !Refused(request, response) ? $"accepted ({response.Code}): {Trim(response.Text)}"
            : null, response.Code >= 400 && response.IsEnvelope() ? $"{response.Code} {response.Error["description"]}"[..Math.Min(90, 4 + response.Error["description"]!.ToString().Length)] : $"{response.Code}");
    }

    /// <summary>
    /// Kestrel refuses a request it cannot parse before any middleware runs (an encoded NUL in the path: 400), with an
    /// empty body and none of the engine's headers: the envelope cannot be added there (ADR 0044). An over-long request
    /// line (414) or oversized headers (431) are the engine's own limits now and carry the envelope. Everything that
    /// reaches the engine carries a traceparent.
    /// </summary>
    internal static bool RefusedByTheServer(ApiResponse response) =>
        response.Code == 400 && response.Text.Length == 0 && !response.Headers.ContainsKey("traceparent");

    /// <summary>The ATM cash-out route acts as a customer at the ATM network simulator: its refusal is the network's status.</summary>
    private static bool Refused(HostileRequest request, ApiResponse response) =>
        response.Code >= 400
        || (request.Operation.Pattern == "/sim/v1/atm/cash-out" && response.Json?["networkStatus"]?.GetValue<int>() >= 400);

    private static string Trim(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [GeneratedRegex(@"   at |\b\w+Exception\b|\bSystem\.(Text|Private|Data|Net|Runtime|Collections)\.|\bMicrosoft\.(AspNetCore|Data|Extensions)\.|\bNpgsql\b|\bSQLite Error\b|\.cs:line \d+")]
    internal static partial Regex StackTrace();
}
