using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// Reads a <see cref="ControlPlaneState"/>. Before each request it plants a fresh journal marker (a journaled 404) and,
/// when none is left, a fault that never matches, so a refused <c>DELETE journal|faults</c> that cleared them anyway shows.
/// Every read logs in anew: an accepted clock jump expires tokens and a reset revokes them.
/// </summary>
public sealed class ControlPlaneProbe(EngineFixture engine, SeedCustomers customers)
{
    private const string MarkerFault = """{"upstream":"sms","match":{"path":"/never/matched/by/the/fuzzer"},"outcome":{"kind":"HttpStatus","statusCode":503},"description":"control fuzz marker"}""";

    private string _marker = "";

    public async Task<ControlPlaneState> BeforeAsync()
    {
        using var sim = engine.SimulatorAdmin();
        if ((await sim.GetAsync("/sim/v1/faults")).OkArray().Count == 0)
        {
            (await sim.SendRawAsync(HttpMethod.Post, "/sim/v1/faults", MarkerFault)).EnsureStatus(System.Net.HttpStatusCode.Created);
        }

        _marker = "control-fuzz-marker-" + Guid.NewGuid().ToString("N");
        using var anonymous = engine.Anonymous();
        await anonymous.GetAsync(_marker);
        return await ReadAsync();
    }

    public async Task<ControlPlaneState> ReadAsync()
    {
        using var sim = engine.SimulatorAdmin();
        using var admin = await engine.LoginAdminAsync();
        var ledger = new LedgerProbe(admin);
        var invariants = await ledger.InvariantsAsync(sim);
        var rules = (await sim.GetAsync("/sim/v1/rules")).Json!.AsObject();
        rules.Remove("lastError");
        var tenant = customers.TenantId.ToString(CultureInfo.InvariantCulture);
        return new ControlPlaneState(
            (await sim.GetAsync("/sim/v1/clock")).Json!["nowEpochMs"]!.GetValue<long>(),
            rules.ToJsonString(),
            Ok(await sim.GetAsync("/sim/v1/config-items")),
            Ok(await admin.GetAsync($"tenants/{tenant}/config-items")),
            Ok(await sim.GetAsync("/sim/v1/faults")),
            (await sim.GetAsync("/sim/v1/journal?path=" + _marker)).OkArray().Count == 1,
            invariants["ok"]!.GetValue<bool>(),
            invariants["postings"]!.GetValue<long>(),
            invariants["entries"]!.GetValue<long>(),
            await ledger.SnapshotAsync(customers.TenantId, customers.WalletId),
            await ledger.SnapshotAsync(customers.TenantId, customers.OtherWalletId));
    }

    private static string Ok(ApiResponse response) =>
        response.Code == 200 && response.Json is JsonNode json ? json.ToJsonString() : throw new InvalidOperationException(response.ToString());
}
