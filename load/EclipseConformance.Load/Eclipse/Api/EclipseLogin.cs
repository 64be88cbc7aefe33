using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace EclipseConformance.Load.Eclipse.Api;

/// <summary>
/// Logs in the way a channel does: password first; when the engine insists on PKI (a global integrator on an engine
/// with password login switched off) and the private key is known, answers a login challenge with it.
/// </summary>
public static class EclipseLogin
{
    public const string BasePath = "eclipse-conductor/rest/v1/";

    public static async Task<LoginReply> LoginAsync(HttpClient http, string identity, string password, string? privateKeyPem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.PostAsJsonAsync(BasePath + "authentication/login", new { identity, password }, ApiJson.Options, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return await ReadAsync(response, cancellationToken);
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && privateKeyPem is not null && body.Contains("PKI", StringComparison.Ordinal))
        {
            return await LoginWithKeyAsync(http, identity, privateKeyPem, cancellationToken);
        }

        throw new EclipseApiException($"Login of '{identity}' failed", response.StatusCode, body);
    }

    /// <summary>A fresh token for the same session; the old one stops working.</summary>
    public static async Task<LoginReply> RenewAsync(HttpClient http, string authorization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, BasePath + "authentication/renew") { Content = JsonContent.Create(new { }, options: ApiJson.Options) };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode
            ? await ReadAsync(response, cancellationToken)
            : throw new EclipseApiException("Token renewal failed", response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private static async Task<LoginReply> LoginWithKeyAsync(HttpClient http, string identity, string privateKeyPem, CancellationToken cancellationToken)
    {
        using var challengeResponse = await http.GetAsync(BasePath + "authentication/login-challenges?identity=" + Uri.EscapeDataString(identity), cancellationToken);
        var text = await challengeResponse.Content.ReadAsStringAsync(cancellationToken);
        if (!challengeResponse.IsSuccessStatusCode)
        {
            throw new EclipseApiException($"Login challenge for '{identity}' failed", challengeResponse.StatusCode, text);
        }

        using var json = JsonDocument.Parse(text);
        var encrypted = Convert.FromBase64String(json.RootElement.GetProperty("base64EncodedChallenge").GetString()!);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(privateKeyPem);
        var answer = Convert.ToBase64String(SHA256.HashData(rsa.Decrypt(encrypted, RSAEncryptionPadding.OaepSHA1)));
        using var response = await http.PostAsJsonAsync(BasePath + "authentication/login", new { identity, pkiChallengeResponse = answer }, ApiJson.Options, cancellationToken);
        return response.IsSuccessStatusCode
            ? await ReadAsync(response, cancellationToken)
            : throw new EclipseApiException($"PKI login of '{identity}' failed", response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private static async Task<LoginReply> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync<LoginReply>(ApiJson.Options, cancellationToken)
        ?? throw new InvalidDataException("The login answer was empty.");
}
