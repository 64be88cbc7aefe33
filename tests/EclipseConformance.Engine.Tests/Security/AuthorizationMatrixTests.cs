using System.Globalization;
using System.Text.RegularExpressions;
using EclipseConformance.TestKit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Security;

/// <summary>
/// Every route × every role, generated from the engine's route table: a route missing from
/// <see cref="AuthorizationMatrix"/> fails, and each role gets exactly what its policy says.
/// </summary>
public class AuthorizationMatrixTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    /// <summary>Allowed calls to these are not made here (they would reset or clear state mid-test); their refusals are.</summary>
    private static readonly HashSet<(string, string)> Destructive =
    [
        ("POST", "/sim/v1/reset"), ("DELETE", "/sim/v1/journal"), ("DELETE", "/sim/v1/faults"), ("DELETE", "/sim/v1/rules"), ("PUT", "/sim/v1/rules"),
        ("PUT", "/sim/v1/config-items"), ("PUT", "/eclipse-conductor/rest/v1/tenants/{tenantId:long}/config-items"),
        ("POST", "/eclipse-conductor/rest/v1/authentication/renew"), // renewing revokes the caller's own token
    ];

    private List<(string Method, string Pattern)> ApiRoutes() =>
        engine.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/eclipse-conductor/", StringComparison.Ordinal) || e.RoutePattern.RawText.StartsWith("/sim/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, e.RoutePattern.RawText!.Length > 1 ? e.RoutePattern.RawText.TrimEnd('/') : e.RoutePattern.RawText)))
            .Distinct()
            .ToList();

    [Fact]
    public void Every_route_has_an_access_policy()
    {
        var missing = ApiRoutes().Where(r => !AuthorizationMatrix.Routes.ContainsKey(r)).Select(r => $"{r.Method} {r.Pattern}").ToList();
        missing.Should().BeEmpty("every route needs an entry in AuthorizationMatrix.Routes (who may call it?)");
        AuthorizationMatrix.Routes.Keys.Where(k => !ApiRoutes().Contains(k)).Should().BeEmpty("the matrix lists no route that no longer exists");
    }

    [Fact]
    public async Task Every_role_gets_what_the_policy_of_every_route_says()
    {
        var clients = await ClientsAsync();
        var customer = engine.Seed.SampleCustomers.First(c => c.Identity is not null);
        var failures = new List<string>();
        foreach (var (method, pattern) in ApiRoutes())
        {
            var policy = AuthorizationMatrix.Routes[(method, pattern)];
            var path = Fill(pattern, customer.TenantId, customer.CustomerId, customer.WalletId);
            foreach (var (role, client) in clients)
            {
                var expected = AuthorizationMatrix.Expected(policy, role);
                if (expected is null && Destructive.Contains((method, pattern)))
                {
                    continue;
                }

                var response = await client.SendRawAsync(new HttpMethod(method), path, "{}");
                var ok = expected is null ? response.Code is not (401 or 403) && response.Code < 500 : response.Code == expected;
                if (!ok || (response.Code >= 400 && !response.IsEnvelope()))
                {
                    failures.Add($"{role} {method} {path}: expected {(expected?.ToString(CultureInfo.InvariantCulture) ?? "allowed")}, got {response.Code} {Trim(response.Text)}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    private async Task<Dictionary<Role, EclipseClient>> ClientsAsync()
    {
        var customer = engine.Seed.SampleCustomers.First(c => c.Identity is not null);
        var tenantIndex = engine.Seed.Tenants.Select((t, i) => (t, i)).First(x => x.t.TenantId == customer.TenantId).i;
        return new Dictionary<Role, EclipseClient>
        {
            [Role.Anonymous] = engine.Anonymous(),
            [Role.Customer] = await engine.LoginAsync(customer.Identity!, customer.Password!),
            [Role.TenantUser] = await engine.LoginTenantAsync(tenantIndex),
            [Role.OtherTenantUser] = await engine.LoginTenantAsync(tenantIndex == 0 ? 1 : 0),
            [Role.GlobalIntegrator] = await engine.LoginIntegratorAsync(),
            [Role.GlobalAdmin] = await engine.LoginAdminAsync(),
            [Role.SimulatorAdminBasic] = engine.SimulatorAdmin(),
        };
    }

    private static string Fill(string pattern, long tenantId, long customerId, long walletId)
    {
        string Inv(long v) => v.ToString(CultureInfo.InvariantCulture);
        var path = Regex.Replace(pattern, @"\{tenantId[^}]*\}", Inv(tenantId));
        path = Regex.Replace(path, @"\{customerId[^}]*\}", Inv(customerId));
        path = Regex.Replace(path, @"\{walletId[^}]*\}", Inv(walletId));
        path = Regex.Replace(path, @"\{(name|upstream)\}", "sms");
        path = Regex.Replace(path, @"\{[^}]+\}", "1");
        return path.StartsWith("/eclipse-conductor/rest/v1/", StringComparison.Ordinal) ? path["/eclipse-conductor/rest/v1/".Length..] : path;
    }

    private static string Trim(string text) => text.Length > 160 ? text[..160] : text;
}
