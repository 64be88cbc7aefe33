using System.Security.Cryptography;
using System.Text;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Identity;

/// <summary>Password and PKI challenge-response login, and renewal (fact sheet 2.2–2.6).</summary>
public sealed class LoginService(
    IdentityStore store,
    TokenService tokens,
    IOptions<IdentityOptions> options,
    IPolicies policies,
    IRuleEvaluator rules,
    TimeProvider time,
    IRandomSource random)
{
    public const string OaepMode = "RSA_ECB_OAEPWithSHA_1AndMGF1Padding";
    public const string SignatureMode = "RSA_PKCS1_SHA_256_Signature";

    public async Task<LoginResult> LoginAsync(LoginRequest request, string callerIp, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Identity) || request.Identity.Length is < 3 or > 40)
        {
            return new LoginResult(LoginStatus.InvalidRequest, Detail: "identity is required (3-40 characters)");
        }

        var pki = request.PkiChallengeResponse is not null || request.PkiChallengeSignature is not null;
        if (!pki && (request.Password is null || request.Password.Length is < 3 or > 80))
        {
            return new LoginResult(LoginStatus.InvalidRequest, Detail: "password is required (3-80 characters)");
        }

        var identity = await store.FindAsync(request.Identity, cancellationToken);
        if (identity is null || identity.Status != "ACTIVE")
        {
            return new LoginResult(LoginStatus.BadCredentials);
        }

        if (pki)
        {
            return await LoginWithChallengeAsync(identity, request, callerIp, cancellationToken);
        }

        if (identity.PublicKeyPem is not null && identity.RoleList.Contains(Roles.GlobalIntegrator) && !policies.Current.Conflicts.IntegratorPasswordLogin)
        {
            return new LoginResult(LoginStatus.PkiRequired);
        }

        if (identity.PasswordHash is null || !PasswordHasher.Verify(request.Password!, identity.PasswordHash))
        {
            return new LoginResult(LoginStatus.BadCredentials);
        }

        return Issue(identity, "Auth-P", "PASSWORD", callerIp);
    }

    public async Task<LoginResult> RenewAsync(string? token, string callerIp, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return new LoginResult(LoginStatus.InvalidRequest, Detail: "jwt is required (body) or an Authorization: Bearer header");
        }

        var (caller, failure) = await tokens.ValidateAsync(token);
        if (caller is null)
        {
            return new LoginResult(LoginStatus.TokenInvalid, Detail: failure);
        }

        var identity = await store.FindAsync(caller.Identity, cancellationToken);
        if (identity is null || identity.Status != "ACTIVE")
        {
            return new LoginResult(LoginStatus.TokenInvalid, Detail: "The identity is no longer active");
        }

        var renewed = tokens.Issue(identity, caller.SessionId, "Auth-R", callerIp);
        tokens.Revoke(caller);
        return new LoginResult(LoginStatus.Ok, renewed);
    }

    public async Task<(LoginStatus Status, LoginChallengeResponse? Challenge)> CreateChallengeAsync(string? identityName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(identityName) || identityName.Length > 40)
        {
            return (LoginStatus.InvalidRequest, null);
        }

        var identity = await store.FindAsync(identityName, cancellationToken);
        if (identity?.PublicKeyPem is null || identity.Status != "ACTIVE")
        {
            return (LoginStatus.PkiNotEnabled, null);
        }

        var plain = new byte[32];
        random.Fill(plain);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(identity.PublicKeyPem);
        var encrypted = rsa.Encrypt(plain, RSAEncryptionPadding.OaepSHA1);
        var challengeId = random.NextGuid().ToString();
        var expires = time.GetUtcNow() + options.Value.ChallengeLifetime;
        await store.SaveChallengeAsync(
            challengeId,
            identity.Identity,
            Convert.ToBase64String(SHA256.HashData(plain)),
            Convert.ToBase64String(plain),
            expires.ToUnixTimeMilliseconds(),
            cancellationToken);
        return (LoginStatus.Ok, new LoginChallengeResponse(challengeId, identity.Identity, Convert.ToBase64String(encrypted), Timestamps.ToWire(expires), [OaepMode, SignatureMode]));
    }

    private async Task<LoginResult> LoginWithChallengeAsync(IdentityRecord identity, LoginRequest request, string callerIp, CancellationToken cancellationToken)
    {
        if (identity.PublicKeyPem is null)
        {
            return new LoginResult(LoginStatus.PkiNotEnabled);
        }

        using var rsa = RSA.Create();
        rsa.ImportFromPem(identity.PublicKeyPem);
        foreach (var (challengeId, answer, plainB64) in await store.OutstandingChallengesAsync(identity.Identity, cancellationToken))
        {
            var matches = request.PkiChallengeResponse is { } response
                ? CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(response), Encoding.ASCII.GetBytes(answer))
                : VerifySignature(rsa, Convert.FromBase64String(plainB64), request.PkiChallengeSignature!);
            if (matches && await store.ConsumeChallengeAsync(challengeId, cancellationToken))
            {
                return Issue(identity, "Auth-K", "PKI", callerIp);
            }
        }

        return new LoginResult(LoginStatus.ChallengeInvalid);
    }

    /// <summary>Issues the token unless a login decision rule rejects this login.</summary>
    private LoginResult Issue(IdentityRecord identity, string source, string method, string callerIp)
    {
        var roles = identity.RoleList;
        var evaluation = rules.Evaluate(new LoginFacts
        {
            Identity = identity.Identity,
            TenantId = identity.TenantId,
            Method = method,
            Roles = string.Join(',', roles),
            IsGlobalIntegrator = roles.Contains(Roles.GlobalIntegrator),
            IsGlobalAdmin = roles.Contains(Roles.GlobalAdmin),
            IsCustomer = roles.Contains(Roles.Customer),
            Ip = callerIp,
        });
        return evaluation.IsRejected
            ? new LoginResult(LoginStatus.RejectedByRule, Rejection: evaluation.MatchedRule!.Then.ToApiError())
            : new LoginResult(LoginStatus.Ok, tokens.Issue(identity, NewSessionId(), source, callerIp));
    }

    private static bool VerifySignature(RSA rsa, byte[] plain, string signatureB64)
    {
        var signature = new byte[(signatureB64.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(signatureB64, signature, out var written)
            && rsa.VerifyData(plain, signature.AsSpan(0, written), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private string NewSessionId() => random.NextGuid().ToString();
}
