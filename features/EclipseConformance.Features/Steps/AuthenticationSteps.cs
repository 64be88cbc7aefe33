using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EclipseConformance.Features.Drivers;
using EclipseConformance.Gherkin;

namespace EclipseConformance.Features.Steps;

[Binding]
public sealed class AuthenticationSteps(EclipseApi api, ControlPlane control)
{
    private string? _previousToken;
    private string? _previousSession;

    [Given("I am logged in as the tenant API user")]
    public Task LoggedInAsTenantUser() => api.AsAsync(Role.TenantApiUser);

    [Given("I am logged in as the global integrator")]
    public Task LoggedInAsIntegrator() => api.AsAsync(Role.GlobalIntegrator);

    [When("I log in as the tenant API user")]
    public async Task LogIn()
    {
        var (identity, password) = api.Credentials(Role.TenantApiUser);
        using var client = api.NewClient();
        await api.RememberAsync(client.PostAsync("authentication/login", new { identity, password }));
    }

    [When("I log in as the tenant API user with the password {string}")]
    public async Task LogInWithPassword(string password)
    {
        var (identity, _) = api.Credentials(Role.TenantApiUser);
        using var client = api.NewClient();
        await api.RememberAsync(client.PostAsync("authentication/login", new { identity, password }));
    }

    [Then("the header to send is {string} carrying a {string} token")]
    public void HeaderToSend(string headerName, string scheme)
    {
        api.Last!.Json!["headerName"]!.GetValue<string>().Should().Be(headerName);
        api.Last.Json["headerValue"]!.GetValue<string>().Should().StartWith(scheme + " ");
    }

    [Then("the token is a {string} JWT that expires {int} minutes after it was issued")]
    public void TokenShape(string algorithm, int minutes)
    {
        var (header, payload) = Jwt.Decode(Token(api.Last!));
        header["alg"]!.GetValue<string>().Should().Be(algorithm);
        (payload["exp"]!.GetValue<long>() - payload["iat"]!.GetValue<long>()).Should().Be(minutes * 60);
        api.Last!.Json!["expiresEpochSecs"]!.GetValue<long>().Should().Be(payload["exp"]!.GetValue<long>());
    }

    [Then("the token carries the claims {}")]
    public void TokenClaims(string claims)
    {
        var payload = Jwt.Decode(Token(api.Last!)).Payload;
        foreach (var claim in claims.Split(',', StringSplitOptions.TrimEntries))
        {
            payload[claim].Should().NotBeNull($"claim '{claim}'");
        }
    }

    [When("I renew my token")]
    public async Task Renew()
    {
        var client = await api.AsAsync(Role.TenantApiUser);
        _previousToken = client.Token;
        _previousSession = client.LastLogin!["sessionId"]!.GetValue<string>();
        await api.RememberAsync(client.PostAsync("authentication/renew", new { jwt = client.Token }));
    }

    [Then("the session is the same as before")]
    public void SameSession() => api.Last!.Json!["sessionId"]!.GetValue<string>().Should().Be(_previousSession);

    [Then("my previous token is refused")]
    public async Task PreviousTokenRefused()
    {
        using var client = api.NewClient();
        client.UseToken(_previousToken);
        var response = await client.GetAsync(await WalletSteps.FundedWalletPathAsync(api, client));
        response.Code.Should().Be(401, response.Text);
    }

    [When("the global integrator asks for a login challenge and answers it with its private key")]
    public async Task PkiLogin()
    {
        var integrator = api.Seed.GlobalIntegrator;
        using var client = api.NewClient();
        var challenge = await client.GetAsync($"authentication/login-challenges?identity={integrator.Identity}");
        challenge.Code.Should().Be(200, challenge.Text);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(integrator.PrivateKeyPem);
        var plain = rsa.Decrypt(Convert.FromBase64String(challenge.Json!["base64EncodedChallenge"]!.GetValue<string>()), RSAEncryptionPadding.OaepSHA1);
        await api.RememberAsync(client.PostAsync("authentication/login",
            new { identity = integrator.Identity, pkiChallengeResponse = Convert.ToBase64String(SHA256.HashData(plain)) }));
    }

    [Then("the roles include {string}")]
    public void RolesInclude(string role) => api.Last!.Json!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Contain(role);

    [When("the simulator clock moves forward {int} minutes")]
    public Task ClockForward(int minutes) => control.AdvanceClockAsync(TimeSpan.FromMinutes(minutes));

    private static string Token(TestKit.ApiResponse login) => login.Json!["headerValue"]!.GetValue<string>()["Bearer ".Length..];
}

internal static class Jwt
{
    public static (JsonObject Header, JsonObject Payload) Decode(string jwt)
    {
        var parts = jwt.Split('.');
        return (JsonNode.Parse(Base64Url(parts[0]))!.AsObject(), JsonNode.Parse(Base64Url(parts[1]))!.AsObject());
    }

    private static byte[] Base64Url(string s) =>
        Convert.FromBase64String(s.Replace('-', '+').Replace('_', '/').PadRight((s.Length + 3) / 4 * 4, '='));
}
