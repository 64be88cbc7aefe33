using System.Collections.Concurrent;
using CsCheck;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// Property-based fuzzing of the destructive control routes (reset, clock, journal, faults, rules, config items) as the
/// simulator admin, on this class's own engine and one request at a time: never a 5xx, every refusal a 4xx with the
/// envelope and no change to the clock, rules, config items, faults, journal, ledger or balances; an accepted request
/// leaves the ledger consistent and the clock never behind where it was.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class DestructiveControlFuzzTests(ErrorCapturingEngineFixture engine, ITestOutputHelper output) : IClassFixture<ErrorCapturingEngineFixture>
{
    /// <summary>Each case reads the whole control-plane state twice, so the default is small; ECLIPSE_FUZZ_CASES_PER_ROUTE raises it.</summary>
    private static readonly int CasesPerRoute =
        int.TryParse(Environment.GetEnvironmentVariable("ECLIPSE_FUZZ_CASES_PER_ROUTE"), out var n) && n > 0 ? n : 8;

    [Fact]
    public async Task Hostile_input_on_the_destructive_control_routes_is_refused_with_the_envelope_and_a_refusal_changes_nothing()
    {
        var operations = (await ApiOperation.ReadAsync(engine)).Where(o => HostileInputFuzzTests.Destructive.Contains(o.ToString())).ToList();
        operations.Select(o => o.ToString()).Should().BeEquivalentTo(HostileInputFuzzTests.Destructive, "every route the general fuzzer leaves out is fuzzed here");
        var world = new FuzzWorld(engine);
        var generator = new DestructiveControlRequests(world);
        var probe = new ControlPlaneProbe(engine, world.Customers);
        var failures = new ConcurrentDictionary<string, string>();
        var statuses = new ConcurrentDictionary<string, int>();

        await Gen.Int[0, operations.Count - 1].SelectMany(i => generator.For(operations[i])).SampleAsync(async @case =>
        {
            var before = await probe.BeforeAsync();
            var request = @case.Build(DateTimeOffset.FromUnixTimeMilliseconds(before.ClockMs));
            var (response, failed) = await SendAsync(request);
            var after = await probe.ReadAsync();
            var problem = failed ?? Problem(@case, response!, before, after);
            statuses.AddOrUpdate($"{request.Operation} -> {response?.Code} {(@case.MustReject ? "must reject" : "may accept")}", 1, (_, k) => k + 1);
            if (problem is not null)
            {
                failures.TryAdd($"{request.Operation} {problem.Split(':')[0]}", $"{problem}\n    request: {request}");
            }
        }, iter: operations.Count * CasesPerRoute, threads: 1);

        foreach (var (key, count) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{key}: {count}");
        }

        failures.Values.Order(StringComparer.Ordinal).Concat(failures.IsEmpty ? [] : engine.Errors.Lines.Where(l => !l.Contains("Rule files refused", StringComparison.Ordinal)).Take(5).Select(l => "engine logged: " + l))
            .Should().BeEmpty();
    }

    [Fact]
    public async Task A_world_reset_leaves_the_ledger_consistent_and_the_clock_where_it_was()
    {
        var probe = new ControlPlaneProbe(engine, SeedCustomers.From(engine));
        var before = await probe.BeforeAsync();
        using var sim = engine.SimulatorAdmin();

        var reset = await sim.PostAsync("/sim/v1/reset", null);

        reset.Code.Should().Be(200, reset.Text);
        var after = await probe.ReadAsync();
        after.LedgerOk.Should().BeTrue();
        after.ClockMs.Should().Be(before.ClockMs);
        after.JournalKept.Should().BeFalse("a world reset clears the journal");
    }

    private async Task<(ApiResponse? Response, string? Problem)> SendAsync(HostileRequest request)
    {
        using var client = request.Operation.Pattern.StartsWith("/sim/", StringComparison.Ordinal) ? engine.SimulatorAdmin() : await engine.LoginAdminAsync();
        try
        {
            return (await client.SendAsync(request.ToMessage()), null);
        }
        catch (HttpRequestException ex)
        {
            return (null, $"connection failed: {ex.Message}");
        }
        catch (System.Text.Json.JsonException ex)
        {
            return (null, $"response is not valid JSON: {ex.Message}");
        }
    }

    private static string? Problem(ControlCase @case, ApiResponse response, ControlPlaneState before, ControlPlaneState after)
    {
        if (response.Code >= 500)
        {
            return $"{response.Code}: {Trim(response.Text)}";
        }

        if (HostileInputFuzzTests.StackTrace().IsMatch(response.Text))
        {
            return $"internals leaked: {Trim(response.Text)}";
        }

        if (response.Code >= 400)
        {
            return !response.IsEnvelope() && !HostileInputFuzzTests.RefusedByTheServer(response) ? $"not the envelope ({response.Code}): {Trim(response.Text)}"
                : after.Differences(before) is { Count: > 0 } changed ? $"refused ({response.Code}) but changed: {string.Join("; ", changed)}"
                : null;
        }

        return @case.MustReject ? $"accepted ({response.Code}): {Trim(response.Text)}"
            : !after.LedgerOk ? "accepted, and the ledger invariants fail"
            : after.ClockMs < before.ClockMs ? "accepted, and the clock went back"
            : null;
    }

    private static string Trim(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
