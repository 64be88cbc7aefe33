using System.Text.RegularExpressions;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Host;

/// <summary>
/// The engine as <c>./run.sh</c> runs it (a separate process): what the start prints, Ctrl-C (SIGINT) stopping it
/// cleanly, and the JWT signing key surviving a restart on the same store.
/// </summary>
public partial class EngineProcessTests
{
    private static readonly string[] SmallWorld =
        ["--DemoWorld:CustomerCount=200", "--DemoWorld:IntegratorKeyBits=2048", "--Identity:PasswordHashIterations=1000", "--Logging:LogLevel:Default=Warning"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_start_banner_shows_the_base_url_working_demo_credentials_and_the_docs_and_Ctrl_C_stops_the_engine_with_exit_code_0()
    {
        SkipOnWindows();
        using var dataDir = new Webhooks.Support.TempDirectory();
        await using var engine = await EngineProcess.StartAsync([$"--data-dir={dataDir.Path}", .. SmallWorld], StartTimeout, printBanner: true);
        (await engine.WaitForOutputAsync("Press Ctrl-C to stop.", TimeSpan.FromSeconds(30))).Should().BeTrue(engine.Output);
        var banner = engine.Output;
        var url = engine.BaseAddress.ToString().TrimEnd('/');

        banner.Should().Contain($"Eclipse API   {url}/eclipse-conductor/rest/v1");
        banner.Should().Contain($"(health: {url}/sim/v1/health)");
        banner.Should().Contain($"Docs          {url}/docs").And.Contain("README.md");
        using (var anonymous = engine.Client())
        {
            (await anonymous.Http.GetAsync(new Uri(engine.BaseAddress, "docs"), TestContext.Current.CancellationToken)).IsSuccessStatusCode.Should().BeTrue("the banner's docs address must answer");
        }

        var admin = AdminLine().Match(banner);
        admin.Success.Should().BeTrue(banner);
        using var sim = engine.Client();
        sim.UseBasic(admin.Groups["identity"].Value, admin.Groups["password"].Value);
        var seed = await sim.GetAsync("/sim/v1/seed");
        seed.Code.Should().Be(200, "the banner's admin credentials open the control plane");
        var tenants = seed.Json!["tenants"]!.AsArray();
        tenants.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (var tenant in tenants)
        {
            var identity = tenant!["identity"]!.GetValue<string>();
            var password = tenant["password"]!.GetValue<string>();
            banner.Should().Contain($"{identity} / {password}   funded wallet {tenant["walletIds"]![0]}");
            using var client = engine.Client();
            await client.LoginAsync(identity, password);
            (await client.GetAsync($"tenants/{tenant["tenantId"]}/wallets/{tenant["walletIds"]![0]}")).Code.Should().Be(200);
        }

        var integrator = seed.Json["globalIntegrator"]!;
        banner.Should().Contain($"{integrator["identity"]} / {integrator["password"]}   wallet {integrator["walletId"]}");

        var exitCode = await engine.InterruptAsync(TimeSpan.FromSeconds(30));

        exitCode.Should().Be(0, engine.Output);
        engine.Output.Should().NotContain("Unhandled exception").And.NotContain("Exception:");
    }

    [Fact]
    public async Task A_token_issued_before_a_restart_still_works_after_it_because_the_signing_key_is_kept()
    {
        SkipOnWindows();
        using var dataDir = new Webhooks.Support.TempDirectory();
        string[] arguments = [$"--data-dir={dataDir.Path}", .. SmallWorld];
        string token;
        string walletPath;
        await using (var first = await EngineProcess.StartAsync(arguments, StartTimeout))
        {
            var tenant = await FirstTenantAsync(first);
            walletPath = $"tenants/{tenant.TenantId}/wallets/{tenant.WalletId}";
            using var client = first.Client();
            await client.LoginAsync(tenant.Identity, tenant.Password);
            token = client.Token!;
            (await client.GetAsync(walletPath)).Code.Should().Be(200);
            (await first.InterruptAsync(TimeSpan.FromSeconds(30))).Should().Be(0, first.Output);
        }

        await using var second = await EngineProcess.StartAsync(arguments, StartTimeout);
        using var again = second.Client();
        again.UseToken(token);

        var wallet = await again.GetAsync(walletPath);

        wallet.Code.Should().Be(200, "a restart must not invalidate tokens: the key is created once and kept in the store. " + wallet.Text);
        var renewed = await again.PostAsync("authentication/renew", new { jwt = token });
        renewed.Code.Should().Be(200, renewed.Text);
    }

    private static async Task<(long TenantId, long WalletId, string Identity, string Password)> FirstTenantAsync(EngineProcess engine)
    {
        // The fixed demo seed determines the admin credential; the generator gives it without reading the store.
        var world = EclipseConformance.Engine.DemoWorld.DemoWorldGenerator.Generate(new EclipseConformance.Engine.DemoWorld.DemoWorldOptions());
        using var sim = engine.Client();
        sim.UseBasic(world.Admin.Identity, world.Admin.Password);
        var seed = await sim.GetAsync("/sim/v1/seed");
        seed.Code.Should().Be(200, seed.Text);
        var tenant = seed.Json!["tenants"]![0]!;
        return (tenant["tenantId"]!.GetValue<long>(), tenant["walletIds"]![0]!.GetValue<long>(), tenant["identity"]!.GetValue<string>(), tenant["password"]!.GetValue<string>());
    }

    private static void SkipOnWindows() =>
        Assert.SkipWhen(OperatingSystem.IsWindows(), "SIGINT is sent with kill -INT, which Windows does not have");

    [GeneratedRegex(@"admin \(global admin \+ simulator admin\)\s+(?<identity>\S+) / (?<password>\S+)")]
    private static partial Regex AdminLine();
}
