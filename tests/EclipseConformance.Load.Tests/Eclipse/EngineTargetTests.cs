using System.Diagnostics;
using System.Net;
using EclipseConformance.Load.Eclipse.Api;
using EclipseConformance.Load.Eclipse.Target;

namespace EclipseConformance.Load.Tests.Eclipse;

public sealed class EngineTargetTests
{
    [Fact]
    public async Task The_default_target_runs_the_engine_as_its_own_process_with_a_fresh_store_and_cleans_up_after_itself()
    {
        var options = new EngineTargetOptions { ExtraArguments = EclipseRuns.SmallEngine };
        string dataDir;
        int pid;
        await using (var engine = await EngineTarget.StartAsync(options, TimeProvider.System, TestContext.Current.CancellationToken))
        {
            pid = engine.ProcessId;
            dataDir = engine.DataDirectory;
            pid.Should().NotBe(Environment.ProcessId);
            engine.BaseAddress.Host.Should().Be("127.0.0.1");
            Directory.EnumerateFiles(dataDir, "*", SearchOption.AllDirectories).Should().NotBeEmpty("the engine keeps its SQLite store there");
            engine.Memory().Should().NotBeNull().And.Match<(long RssKiB, long PeakKiB)?>(m => m!.Value.RssKiB > 0);

            using var admin = new EclipseAdmin(engine.BaseAddress, engine.Admin);
            var seed = await admin.SeedAsync(TestContext.Current.CancellationToken);
            seed.Tenants.Select(t => t.TenantId).Should().Contain([1001, 1002]);
            (await admin.InvariantsAsync(TestContext.Current.CancellationToken)).Ok.Should().BeTrue();
        }

        Directory.Exists(dataDir).Should().BeFalse();
        var gone = () => Process.GetProcessById(pid).HasExited.Should().BeTrue();
        gone.Should().Throw<ArgumentException>("the engine process no longer exists");
    }

    [Fact]
    public async Task A_wrong_admin_password_is_reported_with_what_to_pass()
    {
        await using var engine = await EngineTarget.StartAsync(new EngineTargetOptions { ExtraArguments = EclipseRuns.SmallEngine }, TimeProvider.System, TestContext.Current.CancellationToken);
        using var admin = new EclipseAdmin(engine.BaseAddress, new AdminCredentials("admin", "not-the-password"));

        var seed = () => admin.SeedAsync(TestContext.Current.CancellationToken);

        (await seed.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*--admin-password*");
        using var health = new HttpClient { BaseAddress = engine.BaseAddress };
        (await health.GetAsync(new Uri("sim/v1/health", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
