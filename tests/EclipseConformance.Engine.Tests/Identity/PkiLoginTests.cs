using System.Security.Cryptography;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Identity;

public class PkiLoginTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private string Identity => engine.Seed.GlobalIntegrator.Identity;

    [Fact]
    public async Task The_integrator_logs_in_by_answering_the_challenge_with_the_hash_of_the_decrypted_data()
    {
        using var client = engine.Anonymous();
        var plain = await DecryptChallengeAsync(client);
        var answer = Convert.ToBase64String(SHA256.HashData(plain));
        answer.Should().HaveLength(44);

        var login = await client.PostAsync("authentication/login", new { identity = Identity, pkiChallengeResponse = answer });
        login.Code.Should().Be(200);
        login.Json!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Contain("GLOBAL_INTEGRATOR");
    }

    [Fact]
    public async Task The_signature_mode_is_accepted_too()
    {
        using var client = engine.Anonymous();
        var plain = await DecryptChallengeAsync(client);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(engine.Seed.GlobalIntegrator.PrivateKeyPem);
        var signature = Convert.ToBase64String(rsa.SignData(plain, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var login = await client.PostAsync("authentication/login", new { identity = Identity, pkiChallengeSignature = signature });
        login.Code.Should().Be(200);
    }

    [Fact]
    public async Task A_wrong_or_reused_answer_is_refused()
    {
        using var client = engine.Anonymous();
        var plain = await DecryptChallengeAsync(client);
        var wrong = await client.PostAsync("authentication/login", new { identity = Identity, pkiChallengeResponse = Convert.ToBase64String(SHA256.HashData("x"u8)) });
        wrong.Code.Should().Be(401);
        wrong.ErrorCode.Should().Be("SEC001");

        var answer = Convert.ToBase64String(SHA256.HashData(plain));
        (await client.PostAsync("authentication/login", new { identity = Identity, pkiChallengeResponse = answer })).Code.Should().Be(200);
        (await client.PostAsync("authentication/login", new { identity = Identity, pkiChallengeResponse = answer })).Code.Should().Be(401, "challenges are single use");
    }

    [Fact]
    public async Task An_expired_challenge_is_refused()
    {
        await using var local = new EngineFixture();
        await local.InitializeAsync();
        using var client = local.Anonymous();
        var challenge = await client.GetAsync($"authentication/login-challenges?identity={local.Seed.GlobalIntegrator.Identity}");
        using var rsa = RSA.Create();
        rsa.ImportFromPem(local.Seed.GlobalIntegrator.PrivateKeyPem);
        var plain = rsa.Decrypt(Convert.FromBase64String(challenge.Json!["base64EncodedChallenge"]!.GetValue<string>()), RSAEncryptionPadding.OaepSHA1);

        local.Clock.Advance(TimeSpan.FromMinutes(3));
        var login = await client.PostAsync("authentication/login", new { identity = local.Seed.GlobalIntegrator.Identity, pkiChallengeResponse = Convert.ToBase64String(SHA256.HashData(plain)) });
        login.Code.Should().Be(401);
    }

    [Fact]
    public async Task Identities_without_a_public_key_get_no_challenge()
    {
        using var client = engine.Anonymous();
        var response = await client.GetAsync($"authentication/login-challenges?identity={engine.Seed.Tenants[0].Identity}");
        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("VAL001");
    }

    private async Task<byte[]> DecryptChallengeAsync(EclipseClient client)
    {
        var challenge = await client.GetAsync($"authentication/login-challenges?identity={Identity}");
        challenge.Code.Should().Be(200, challenge.Text);
        challenge.Json!["modes"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Contain("RSA_ECB_OAEPWithSHA_1AndMGF1Padding");
        using var rsa = RSA.Create();
        rsa.ImportFromPem(engine.Seed.GlobalIntegrator.PrivateKeyPem);
        return rsa.Decrypt(Convert.FromBase64String(challenge.Json["base64EncodedChallenge"]!.GetValue<string>()), RSAEncryptionPadding.OaepSHA1);
    }
}
