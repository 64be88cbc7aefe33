using System.Globalization;
using EclipseConformance.Load.Eclipse.Api;
using EclipseConformance.Load.Eclipse.Target;
using EclipseConformance.Load.Eclipse.Traffic;
using EclipseConformance.Load.Http;
using EclipseConformance.Load.Profiles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EclipseConformance.Load.Tests.Eclipse;

/// <summary>Long runs keep a valid JWT per scenario copy: renewal before expiry, a fresh login after a 401.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task A_copy_renews_its_token_before_it_expires_and_logs_in_again_when_the_token_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var engine = await EngineTarget.StartAsync(new EngineTargetOptions { ExtraArguments = EclipseRuns.SmallEngine }, TimeProvider.System, ct);
        using var admin = new EclipseAdmin(engine.BaseAddress, engine.Admin);
        var tenant = (await admin.SeedAsync(ct)).TenantById(1001);
        var wallet = (await admin.WalletsAsync(1001, 0, ct)).First(w => w.CustomerId is not null);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var http = HttpTarget.Create(engine.BaseAddress, 1);
        await using var context = new ProfileContext(new ProfileOptions { Concurrency = 1 }, http, clock, NullLogger.Instance);
        var session = new EclipseSession(http.Client, new EclipseIdentity(tenant.Identity, tenant.Password, 1001), clock);
        await session.LoginAsync(ct);
        var caller = new EclipseCaller(await EclipseChannel.CreateAsync(context, ct), [session]);
        var path = string.Create(CultureInfo.InvariantCulture, $"eclipse-conductor/rest/v1/tenants/1001/wallets/{wallet.WalletId}");
        var first = session.Authorization;

        clock.Advance(TimeSpan.FromMinutes(13));
        var afterRenewal = await caller.CallAsync(new FakeScenarioContext(0, ct), "GET", path, ReadOnlyMemory<byte>.Empty);

        afterRenewal.Status.Should().Be(200);
        session.Renewals.Should().Be(1, "80 % of the 15-minute token lifetime had passed");
        session.Authorization.Should().NotBe(first);

        await EclipseLogin.RenewAsync(http.Client, session.Authorization, ct); // someone else renews: this token is revoked
        var afterRevocation = await caller.CallAsync(new FakeScenarioContext(0, ct), "GET", path, ReadOnlyMemory<byte>.Empty);

        afterRevocation.Status.Should().Be(200, "the copy logged in again and sent the request once more");
        caller.Relogins.Should().Be(1);
        session.Logins.Should().Be(2);
    }
}
