using System.Text;
using System.Text.Json.Nodes;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Identity;

public class AuthenticationTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private string WalletPath => $"tenants/{engine.Seed.Tenants[0].TenantId}/wallets/{engine.Seed.Tenants[0].WalletIds[0]}";

    [Fact]
    public async Task Login_returns_the_documented_fields_and_a_PS256_token_with_Eclipse_claims()
    {
        using var client = await engine.LoginTenantAsync();
        var login = client.LastLogin!;
        login["headerName"]!.GetValue<string>().Should().Be("Authorization");
        login["headerValue"]!.GetValue<string>().Should().StartWith("Bearer ");
        login["sessionId"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f-]{36}$");
        login["tenantId"]!.GetValue<long>().Should().Be(engine.Seed.Tenants[0].TenantId);
        login["expiresEpochSecs"]!.GetValue<long>().Should().Be(EngineFixture.Epoch.AddMinutes(15).ToUnixTimeSeconds());
        login["expires"]!.GetValue<string>().Should().Be("2026-03-16T08:15:00.000Z", "fact sheet 2.3: an ISO-8601 UTC string with milliseconds, e.g. 2022-10-11T15:47:56.488Z");
        login["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("TENANT_SYSTEM");

        var (header, payload) = Decode(client.Token!);
        header["alg"]!.GetValue<string>().Should().Be("PS256");
        header["kid"]!.GetValue<string>().Should().Be("1");
        payload["sub"]!.GetValue<string>().Should().Be(engine.Seed.Tenants[0].Identity);
        payload["tenant"]!.GetValue<long>().Should().Be(engine.Seed.Tenants[0].TenantId);
        payload["sess"]!.GetValue<string>().Should().Be(login["sessionId"]!.GetValue<string>());
        payload["roles"]!.GetValue<string>().Should().Be("TENANT_SYSTEM");
        payload["ch"]!.GetValue<string>().Should().HaveLength(10);
        (payload["exp"]!.GetValue<long>() - payload["iat"]!.GetValue<long>()).Should().Be(900);
        payload["pos"]![0]!["p"]!.GetValue<string>().Should().Be("TENANT_SYSTEM");
    }

    [Theory]
    [InlineData("1001-api-user-0", "wrong-password")]
    [InlineData("nobody-at-all", "whatever-password")]
    public async Task Wrong_credentials_get_401_USR002_without_saying_which_part_was_wrong(string identity, string password)
    {
        using var client = engine.Anonymous();
        var response = await client.PostAsync("authentication/login", new { identity, password });
        response.Code.Should().Be(401);
        response.IsEnvelope().Should().BeTrue();
        response.ErrorCode.Should().Be("USR002");
        response.Error["description"]!.GetValue<string>().Should().Be("Incorrect identity/password");
    }

    [Fact]
    public async Task A_token_stops_working_when_the_clock_passes_its_expiry()
    {
        await using var local = new EngineFixture();
        await local.InitializeAsync();
        using var client = await local.LoginTenantAsync();
        var path = $"tenants/{local.Seed.Tenants[0].TenantId}/wallets/{local.Seed.Tenants[0].WalletIds[0]}";
        (await client.GetAsync(path)).Code.Should().Be(200);

        local.Clock.Advance(TimeSpan.FromMinutes(15));
        var expired = await client.GetAsync(path);
        expired.Code.Should().Be(401);
        expired.Error["description"]!.GetValue<string>().Should().Be("Token expired");
    }

    [Fact]
    public async Task Renew_issues_a_new_token_for_the_same_session_and_the_old_one_is_refused()
    {
        using var client = await engine.LoginTenantAsync();
        var old = client.Token!;
        var renewed = await client.PostAsync("authentication/renew", new { jwt = old });
        renewed.Code.Should().Be(200);
        renewed.Json!["sessionId"]!.GetValue<string>().Should().Be(client.LastLogin!["sessionId"]!.GetValue<string>());
        var expires = renewed.Json["expires"]!.GetValue<string>();
        expires.Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", "renew answers in the login's shape (fact sheet 2.5)");
        DateTimeOffset.Parse(expires, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds()
            .Should().Be(renewed.Json["expiresEpochSecs"]!.GetValue<long>(), "expires and expiresEpochSecs name the same instant");

        (await client.GetAsync(WalletPath)).Code.Should().Be(401, "the renewed-away token must not be replayable");
        client.UseToken(renewed.Json["headerValue"]!.GetValue<string>()["Bearer ".Length..]);
        (await client.GetAsync(WalletPath)).Code.Should().Be(200);
    }

    [Fact]
    public async Task Renew_accepts_the_token_in_the_Authorization_header_and_refuses_a_missing_one()
    {
        using var client = await engine.LoginTenantAsync();
        (await client.PostAsync("authentication/renew", null)).Code.Should().Be(200);
        client.UseToken(null);
        var missing = await client.PostAsync("authentication/renew", null);
        missing.Code.Should().Be(400);
        missing.ErrorCode.Should().Be("VAL001");
    }

    [Fact]
    public async Task Tampered_unsigned_and_foreign_tokens_are_refused()
    {
        using var client = await engine.LoginTenantAsync();
        var parts = client.Token!.Split('.');
        var payload = Decode(client.Token).Payload;
        payload["tenant"] = engine.Seed.Tenants[1].TenantId;
        var forged = Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));

        foreach (var token in new[]
        {
            $"{parts[0]}.{forged}.{parts[2]}",
            $"{Base64Url("""{"alg":"none","typ":"JWT"}"""u8.ToArray())}.{parts[1]}.",
            JwtForgery.SignedWithAnotherKey(payload),
            JwtForgery.Hs256WithSecret(payload, "the-public-key-as-secret"),
            "not-a-jwt",
        })
        {
            client.UseToken(token);
            var response = await client.GetAsync(WalletPath);
            response.Code.Should().Be(401, token);
            response.IsEnvelope().Should().BeTrue();
        }
    }

    private static (JsonObject Header, JsonObject Payload) Decode(string jwt)
    {
        var parts = jwt.Split('.');
        return (JsonNode.Parse(FromBase64Url(parts[0]))!.AsObject(), JsonNode.Parse(FromBase64Url(parts[1]))!.AsObject());
    }

    private static byte[] FromBase64Url(string s) => Convert.FromBase64String(s.Replace('-', '+').Replace('_', '/').PadRight((s.Length + 3) / 4 * 4, '='));

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
