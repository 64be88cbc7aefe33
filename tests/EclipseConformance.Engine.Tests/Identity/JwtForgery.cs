using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Tests.Identity;

/// <summary>Builds attacker tokens by hand (no product code), to prove the engine refuses them.</summary>
internal static class JwtForgery
{
    public static string SignedWithAnotherKey(JsonObject payload)
    {
        using var rsa = RSA.Create(2048);
        var signingInput = Input("""{"alg":"PS256","kid":"1","typ":"JWT"}""", payload);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        return signingInput + "." + AuthenticationTests.Base64Url(signature);
    }

    public static string Hs256WithSecret(JsonObject payload, string secret)
    {
        var signingInput = Input("""{"alg":"HS256","kid":"1","typ":"JWT"}""", payload);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + AuthenticationTests.Base64Url(signature);
    }

    private static string Input(string header, JsonObject payload) =>
        AuthenticationTests.Base64Url(Encoding.UTF8.GetBytes(header)) + "." + AuthenticationTests.Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
}
