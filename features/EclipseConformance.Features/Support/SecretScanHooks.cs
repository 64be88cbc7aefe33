using EclipseConformance.Gherkin;
using EclipseConformance.TestKit;

namespace EclipseConformance.Features.Support;

/// <summary>
/// After every scenario on a target with a control plane: the secrets and personal numbers the scenario handled (its
/// <see cref="SecretWatch"/>, plus the demo world's passwords and the integrator's private key) must not appear in
/// the engine's request journal or callbacks log, nor (in-process) in anything the engine logged; no JWT anywhere in
/// them. A leak fails the scenario that caused it. Over the whole suite this is the scan after a full spec run.
/// </summary>
[Binding]
public static class SecretScanHooks
{
    [AfterScenario(Order = 1000)]
    public static async Task ScanForLeaks(FeatureContext feature, ScenarioContext scenario, SecretWatch watch)
    {
        var target = TargetHooks.Target(feature);
        if (target is not { HasControlPlane: true, Admin: { } admin, Seed: { } seed } || scenario.ScenarioExecutionStatus == ScenarioExecutionStatus.Skipped)
        {
            return;
        }

        var secrets = watch.Secrets.Concat(SeedSecrets(seed)).ToList();
        var personal = watch.Personal;
        using var sim = new EclipseClient(new HttpClient { BaseAddress = target.BaseAddress });
        sim.UseBasic(admin.Identity, admin.Password);
        var journal = await sim.GetAsync("/sim/v1/journal?limit=1000");
        var callbacks = await sim.GetAsync("/sim/v1/callbacks?limit=200");
        var leaks = SecretScan.Leaks("request journal", journal.Text, secrets, personal);
        leaks.AddRange(SecretScan.Leaks("callbacks log", callbacks.Text, secrets, personal));
        if (target.Logs is { } logs)
        {
            leaks.AddRange(SecretScan.Leaks("engine logs", string.Join('\n', logs), secrets, personal));
        }

        if (leaks.Count > 0)
        {
            throw new InvalidOperationException("The engine kept a secret or personal number: " + string.Join(Environment.NewLine, leaks.Distinct().Take(10)));
        }
    }

    private static IEnumerable<string> SeedSecrets(Engine.DemoWorld.SeedDocument seed) =>
        [
            seed.Admin.Password,
            seed.GlobalIntegrator.Password,
            .. seed.Tenants.Select(t => t.Password),
            .. seed.SampleCustomers.Select(c => c.Password).OfType<string>(),
            .. seed.GlobalIntegrator.PrivateKeyPem.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(line => !line.StartsWith("-----", StringComparison.Ordinal)).Take(3),
        ];
}
