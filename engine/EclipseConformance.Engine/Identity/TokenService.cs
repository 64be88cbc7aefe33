using System.Collections.Concurrent;
using System.Security.Claims;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EclipseConformance.Engine.Identity;

/// <summary>
/// Issues and validates Eclipse-style JWTs (PS256, <c>kid: 1</c>, the documented claims of fact sheet 2.4).
/// Validation rejects unsigned (<c>alg: none</c>), tampered, foreign-key, expired (by the injected clock) and
/// renewed-away tokens. A validated token is remembered until it expires, so the RSA check is paid once per token,
/// not once per request (ADR 0005).
/// </summary>
public sealed class TokenService(SigningKeys keys, IOptions<IdentityOptions> options, IPolicies policies, TimeProvider time, IRandomSource random)
{
    private const string NonceAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly ConcurrentDictionary<string, Caller> _validated = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _revokedNonces = new(StringComparer.Ordinal);

    public IssuedToken Issue(IdentityRecord identity, string sessionId, string source, string callerIp)
    {
        var now = time.GetUtcNow();
        var expires = now + policies.Current.Jwt.Lifetime;
        var roles = identity.RoleList;
        var position = roles.Contains(Roles.TenantSystem) ? Roles.TenantSystem : (roles.Count > 0 ? roles[0] : "");
        var claims = new Dictionary<string, object>
        {
            ["sub"] = identity.Identity,
            ["src"] = source,
            ["ch"] = NewNonce(),
            ["roles"] = string.Join(',', roles),
            ["sess"] = sessionId,
            ["ip"] = callerIp,
            ["locale"] = "en-US",
            ["uid"] = identity.UserId,
            ["pos"] = new[] { new Dictionary<string, object> { ["o"] = identity.TenantId, ["d"] = 0, ["p"] = position } },
            ["tenant"] = identity.TenantId,
            ["gen"] = Interlocked.Read(ref _generation),
        };
        if (identity.CustomerId is { } customerId)
        {
            claims["cid"] = customerId;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            IssuedAt = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.RsaSsaPssSha256),
        };
        var jwt = _handler.CreateToken(descriptor);
        return new IssuedToken(jwt, sessionId, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()), roles, identity.TenantId);
    }

    /// <summary>Validates a bearer token; on failure returns null and the reason.</summary>
    public async ValueTask<(Caller? Caller, string? Failure)> ValidateAsync(string token)
    {
        var now = time.GetUtcNow();
        if (_validated.TryGetValue(token, out var cached))
        {
            return Check(cached, now);
        }

        if (token.Length > 8192)
        {
            return (null, "Invalid token");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters());
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return (null, "Invalid token signature");
        }

        var caller = ToCaller(jwt);
        if (caller is null)
        {
            return (null, "Invalid token claims");
        }

        if (_validated.Count >= options.Value.ValidatedTokenCacheSize)
        {
            _validated.Clear();
        }

        _validated[token] = caller;
        return Check(caller, now);
    }

    /// <summary>Makes a token unusable before its expiry (after renew).</summary>
    public void Revoke(Caller caller)
    {
        var now = time.GetUtcNow();
        foreach (var (nonce, expiry) in _revokedNonces)
        {
            if (expiry < now)
            {
                _revokedNonces.TryRemove(nonce, out _);
            }
        }

        _revokedNonces[caller.TokenNonce] = caller.ExpiresAt;
    }

    private long _generation;

    /// <summary>
    /// After a world reset every token issued before it is refused (its ids may now name different entities): tokens
    /// carry the reset generation they were issued in (claim <c>gen</c>), and a reset moves to the next one.
    /// </summary>
    public void RevokeAllIssuedBefore()
    {
        Interlocked.Increment(ref _generation);
        _validated.Clear();
    }

    private (Caller?, string?) Check(Caller caller, DateTimeOffset now)
    {
        if (caller.ExpiresAt <= now)
        {
            return (null, "Token expired");
        }

        if (caller.Generation != Interlocked.Read(ref _generation))
        {
            return (null, "Token was issued before the simulator was reset");
        }

        return _revokedNonces.ContainsKey(caller.TokenNonce) ? (null, "Token was replaced by a renewed token") : (caller, null);
    }

    private TokenValidationParameters Parameters() => new()
    {
        IssuerSigningKey = keys.Key,
        ValidIssuer = options.Value.Issuer,
        ValidateIssuer = true,
        ValidateAudience = false,
        ValidateLifetime = false, // checked against the injected clock in Check()
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidAlgorithms = [SecurityAlgorithms.RsaSsaPssSha256],
        TryAllIssuerSigningKeys = false,
    };

    private static Caller? ToCaller(JsonWebToken jwt)
    {
        if (!jwt.TryGetPayloadValue<long>("tenant", out var tenant) || !jwt.TryGetPayloadValue<long>("uid", out var uid)
            || !jwt.TryGetPayloadValue<string>("sess", out var session) || !jwt.TryGetPayloadValue<string>("ch", out var nonce)
            || !jwt.TryGetPayloadValue<string>("roles", out var roles) || !jwt.TryGetPayloadValue<long>("exp", out var exp)
            || !jwt.TryGetPayloadValue<long>("iat", out var iat))
        {
            return null;
        }

        long? customerId = jwt.TryGetPayloadValue<long>("cid", out var cid) ? cid : null;
        return new Caller(
            jwt.Subject,
            uid,
            tenant,
            customerId,
            roles.Split(',', StringSplitOptions.RemoveEmptyEntries),
            session,
            nonce,
            DateTimeOffset.FromUnixTimeSeconds(exp))
        {
            IssuedAt = DateTimeOffset.FromUnixTimeSeconds(iat),
            Generation = jwt.TryGetPayloadValue<long>("gen", out var generation) ? generation : 0,
        };
    }

    private string NewNonce()
    {
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = NonceAlphabet[random.NextInt(NonceAlphabet.Length)];
        }

        return new string(chars);
    }

    internal static ClaimsPrincipal ToPrincipal(Caller caller, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, caller.Identity),
            new("tenant", caller.TenantId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange(caller.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
