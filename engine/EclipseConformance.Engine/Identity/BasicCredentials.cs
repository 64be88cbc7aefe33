using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace EclipseConformance.Engine.Identity;

/// <summary>
/// Verifies HTTP Basic credentials of simulator-admin identities (control plane only). Verified credentials are
/// remembered for a minute so curl-driven scripts do not pay the password hash on every call.
/// </summary>
public sealed class BasicCredentials(IdentityStore store, TimeProvider time)
{
    private static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Caller> _verified = new(StringComparer.Ordinal);

    public async ValueTask<(Caller? Caller, string? Failure)> VerifyAsync(string encoded, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(encoded)));
        if (_verified.TryGetValue(key, out var cached) && cached.ExpiresAt > now)
        {
            return (cached, null);
        }

        var decoded = EclipseAuthenticationHandler.DecodeBasic(encoded);
        var colon = decoded?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (decoded is null || colon <= 0)
        {
            return (null, "Malformed Basic credentials");
        }

        var record = await store.FindAsync(decoded[..colon], cancellationToken);
        if (record?.PasswordHash is null || record.Status != "ACTIVE" || !PasswordHasher.Verify(decoded[(colon + 1)..], record.PasswordHash))
        {
            return (null, "Incorrect identity/password");
        }

        if (!record.RoleList.Contains(Roles.SimulatorAdmin))
        {
            return (null, "Basic authentication is accepted for simulator administrators only; use Bearer <jwt>");
        }

        // Basic callers act on the control plane only: they carry the simulator-admin role and nothing else.
        var caller = new Caller(record.Identity, record.UserId, record.TenantId, null, [Roles.SimulatorAdmin], "basic", "basic:" + key, now + RememberFor);
        _verified[key] = caller;
        return (caller, null);
    }
}
